import { CustomErrorBase } from '@backstage/errors';

/** 406: the client asked for a representation the resource does not have. */
export class NotAcceptableError extends CustomErrorBase {
  readonly statusCode = 406;
  constructor(message: string) {
    super(message);
    this.name = 'NotAcceptableError';
  }
}
