export { moduleGenerator, ModuleGeneratorOptions } from './module/generator';
