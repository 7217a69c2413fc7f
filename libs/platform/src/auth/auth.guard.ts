import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestContext } from '../context/request-context';
import { SERVICE_CONFIG } from '../tokens';
import { Inject } from '@nestjs/common';
import { ServiceConfig } from '../config/service-config';
import { hasPermission } from './actor';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';
import { TokenRefused, TokenVerifier } from './token-verifier';

/**
 * Global guard: every route needs a valid bearer token and the permission it declares, except
 * routes marked @Public(). A route that declares no permission is refused (403), so a forgotten
 * decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Events come through the inbox transport from the platform's own broker, not from callers.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+([A-Za-z0-9_\-.]+)$/.exec(header);
    if (!match) throw new UnauthorizedException('a bearer token is required');
    let actor;
    try {
      actor = await this.verifier.verify(match[1]);
    } catch (error) {
      // A refused claim says which (the caller's own token); a failed signature or expiry says no more.
      throw new UnauthorizedException(error instanceof TokenRefused ? error.message : 'the bearer token is invalid or expired');
    }
    const ctx = requestContext.current();
    if (ctx) ctx.actor = actor;
    (request as { actor?: unknown }).actor = actor;
    const permission = this.reflector.getAllAndOverride<string>(PERMISSION_KEY, targets);
    if (!permission) throw new ForbiddenException('this route declares no permission');
    if (!hasPermission(actor, this.config.service, permission)) {
      throw new ForbiddenException(`requires the role ${this.config.service}:${permission}`);
    }
    return true;
  }
}
