import { recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Tag, tagNotFound } from '../domain/tag';
import { TAG_REPOSITORY, TagRepository } from '../domain/tag.repository';

/** The use cases of the tag dictionary: admission (准入), change and withdrawal (退出), each with its history line. */
@Injectable()
export class TagCommands {
  constructor(@Inject(TAG_REPOSITORY) private readonly repository: TagRepository) {}

  async admit(input: { code: string; name: string; meaning: string; owner: string; setBy: string }): Promise<Tag> {
    const admitted = Tag.admit(input);
    await this.commit(admitted, null);
    return admitted;
  }

  async change(code: string, input: { name?: string; meaning?: string; setBy?: string }, ifMatch?: number): Promise<Tag> {
    const tag = await this.load(code, ifMatch);
    const expected = tag.version;
    tag.change(input);
    await this.commit(tag, expected);
    return tag;
  }

  async withdraw(code: string, input: { reason: string }, ifMatch?: number): Promise<Tag> {
    const tag = await this.load(code, ifMatch);
    const expected = tag.version;
    tag.withdraw(input.reason);
    await this.commit(tag, expected);
    return tag;
  }

  private async load(code: string, ifMatch: number | undefined): Promise<Tag> {
    const tag = await this.repository.find(code, { forUpdate: true });
    if (!tag) throw tagNotFound(code);
    if (ifMatch !== undefined && ifMatch !== tag.version) throw new StaleVersionError(tag.version);
    return tag;
  }

  private async commit(tag: Tag, expectedVersion: number | null): Promise<void> {
    await this.repository.save(tag, expectedVersion, tag.pullChanges(), recordedBy());
  }
}
