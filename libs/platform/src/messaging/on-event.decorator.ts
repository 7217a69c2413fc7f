import type { EventContract } from '@civic/contracts';
import { applyDecorators, Controller, SetMetadata, Type } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PARAM_ARGS_METADATA } from '@nestjs/microservices/constants';

const ON_EVENT = 'civic:on-event';
const ON_EVENT_BATCH = 'civic:on-event-batch';
const CONSUMER_GROUP = 'civic:consumer-group';

/** What the inbox transport needs of a handler: its contract and its consumer group. */
export interface OnEventExtras {
  contract: EventContract;
  consumer: string;
  /** The handler takes a run of consecutive events of its type at once (a list of their data). */
  batch: boolean;
}

/**
 * Declares a class whose `@OnEvent` methods form one consumer group, `<service>.<name>`, whose
 * inbox deduplicates them. It is a Nest controller served by the inbox transport, so the global
 * pipeline (the inbox-transaction interceptor, filters) wraps each event as it wraps a request.
 */
export function EventConsumerGroup(name: string): ClassDecorator {
  return (target: Function) => {
    for (const key of Object.getOwnPropertyNames(target.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(target.prototype, key);
      const contract = descriptor?.value && (Reflect.getMetadata(ON_EVENT, descriptor.value) as EventContract | undefined);
      if (!descriptor || !contract) continue;
      // One pattern per group and type: handlers of the same event in two groups stay apart.
      const extras: OnEventExtras = { contract, consumer: name, batch: Reflect.getMetadata(ON_EVENT_BATCH, descriptor.value) === true };
      // The first parameter is the event's data, also when another parameter is decorated (`@Ctx()`).
      const params = (Reflect.getMetadata(PARAM_ARGS_METADATA, target, key) ?? {}) as Record<string, unknown>;
      if (!Object.keys(params).some((k) => k.endsWith(':0'))) Payload()(target.prototype, key, 0);
      EventPattern(`${name}:${contract.type}`, extras)(target.prototype, key, descriptor);
    }
    applyDecorators(Controller(), SetMetadata(CONSUMER_GROUP, name))(target);
  };
}

/**
 * Handles one integration event type; the method takes the contract's data (and, with `@Ctx()`,
 * the `InboxContext` with the whole CloudEvent). It runs inside the consumer's inbox transaction.
 */
export function OnEvent<TData>(contract: EventContract<TData>) {
  return (_target: object, _key: string | symbol, descriptor: TypedPropertyDescriptor<(data: TData, ...rest: any[]) => Promise<void>>) => {
    Reflect.defineMetadata(ON_EVENT, contract, descriptor.value!);
    return descriptor;
  };
}

/**
 * Handles one integration event type a run at a time: the method takes the data of consecutive
 * events of the type from one fetched batch (in order; one when the batch is retried event by event),
 * so that it can apply them set-wise. It runs inside the consumer's inbox transaction, like `@OnEvent`.
 */
export function OnEvents<TData>(contract: EventContract<TData>) {
  return (_target: object, _key: string | symbol, descriptor: TypedPropertyDescriptor<(data: TData[], ...rest: any[]) => Promise<void>>) => {
    Reflect.defineMetadata(ON_EVENT, contract, descriptor.value!);
    Reflect.defineMetadata(ON_EVENT_BATCH, true, descriptor.value!);
    return descriptor;
  };
}

/** The contracts a set of consumer classes handle (for AsyncAPI and the registration check). */
export function consumedContracts(types: Type[]): EventContract[] {
  const found = new Set<EventContract>();
  for (const type of types) {
    if (!Reflect.getMetadata(CONSUMER_GROUP, type)) continue;
    for (const key of Object.getOwnPropertyNames(type.prototype)) {
      const value = Object.getOwnPropertyDescriptor(type.prototype, key)?.value;
      const contract = value && (Reflect.getMetadata(ON_EVENT, value) as EventContract | undefined);
      if (contract) found.add(contract);
    }
  }
  return [...found];
}
