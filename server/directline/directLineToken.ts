// Direct Line tokens: HS256 JWTs bound to one conversation and one user, with an expiry, like the
// real service's tokens. The `user` claim is the one Web Chat reads to know which activities are
// the person's own.
import { errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'cep-directline';
const AUDIENCE = 'cep-directline';

export interface TokenClaims {
  conversationId: string;
  userId: string;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export class TokenError extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'The token has expired.' : 'The token is invalid.');
  }
}

export class DirectLineTokens {
  constructor(
    private readonly key: Uint8Array,
    readonly ttlSeconds: number,
  ) {}

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const token = await new SignJWT({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
    return { token, expiresIn: this.ttlSeconds };
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string') throw new TokenError('invalid');
      return { conversationId: payload.conv, userId: payload.user };
    } catch (err) {
      if (err instanceof TokenError) throw err;
      if (err instanceof errors.JWTExpired) throw new TokenError('expired');
      throw new TokenError('invalid');
    }
  }
}
