// altcha-lib's types are ESM-only; the module is loaded with import() (real ESM in Node and vitest).
const altcha = () => import('altcha-lib/v1')

/** The solution the ALTCHA widget sends (base64 JSON). */
interface Payload {
  algorithm: 'SHA-1' | 'SHA-256' | 'SHA-512'
  challenge: string
  number: number
  salt: string
  signature: string
}
import { ElectionError, ElectionErrorReason } from './election.errors'
import { keyedHash } from './election-hashing'

/** How long a challenge may be solved and used. */
export const PROOF_TTL_MS = 10 * 60 * 1000

export interface IssuedChallenge {
  algorithm: string
  challenge: string
  maxNumber: number
  salt: string
  signature: string
}

/** A verified proof: its signature hash is stored until it expires, so it counts once. */
export interface VerifiedProof {
  signatureHash: string
  expiresAt: Date
}

/**
 * ALTCHA proof of work instead of a CAPTCHA (WCAG 2.2 SC 3.3.8: no cognitive test): the browser
 * spends a moment of CPU, nobody has to see, hear or solve anything. The challenges are signed
 * with a key derived from ELECTION_HASH_KEY; the expiry is checked against the service's clock.
 */
export class ProofOfWork {
  private readonly hmacKey: string

  constructor(
    hashKey: string,
    private readonly maxNumber: number,
    private readonly clock: () => Date,
  ) {
    this.hmacKey = keyedHash(hashKey, 'altcha', 'challenge-key')
  }

  async challenge(): Promise<IssuedChallenge> {
    const { createChallenge } = await altcha()
    const challenge = await createChallenge({
      hmacKey: this.hmacKey,
      maxNumber: this.maxNumber,
      expires: new Date(this.clock().getTime() + PROOF_TTL_MS),
    })
    return {
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      maxNumber: challenge.maxnumber ?? this.maxNumber,
      salt: challenge.salt,
      signature: challenge.signature,
    }
  }

  async verify(proof: string): Promise<VerifiedProof> {
    const { extractParams, verifySolution } = await altcha()
    const payload = decode(proof)
    if (!payload || !(await verifySolution(payload, this.hmacKey, false))) {
      throw new ElectionError(
        ElectionErrorReason.ProofInvalid,
        'The proof does not solve a challenge of ours; ask createElectionChallenge for a new one',
      )
    }
    const expires = Number(extractParams(payload).expires)
    if (!Number.isFinite(expires) || expires * 1000 <= this.clock().getTime()) {
      throw new ElectionError(
        ElectionErrorReason.ProofExpired,
        'The challenge has expired; ask createElectionChallenge for a new one',
      )
    }
    return {
      signatureHash: keyedHash(this.hmacKey, 'proof', payload.signature),
      expiresAt: new Date(expires * 1000),
    }
  }
}

function decode(proof: string): Payload | null {
  try {
    const value = JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as Partial<Payload>
    const valid =
      typeof value.algorithm === 'string' &&
      typeof value.challenge === 'string' &&
      typeof value.number === 'number' &&
      typeof value.salt === 'string' &&
      typeof value.signature === 'string'
    return valid ? (value as Payload) : null
  } catch {
    return null
  }
}
