import express from 'express';
import request from 'supertest';
import { responseProblem } from './openapiResponses';

const json = { 'content-type': 'application/json; charset=utf-8' };
const error = (statusCode: number) => ({
  error: { name: 'NotFoundError', message: 'no such release' },
  request: { method: 'GET', url: '/releases/x' },
  response: { statusCode },
});

describe('responseProblem', () => {
  it('accepts a body as documented, and the error shape on any error status', () => {
    const body = { status: 'ok' };
    expect(
      responseProblem('GET', '/api/operational-pilot/health', {
        status: 200,
        headers: json,
        body,
      }),
    ).toBeUndefined();
    expect(
      responseProblem('GET', '/api/operational-pilot/releases/x', {
        status: 404,
        headers: json,
        body: error(404),
      }),
    ).toBeUndefined();
  });

  it('names a property the document does not describe', () => {
    expect(
      responseProblem('GET', '/api/operational-pilot/health', {
        status: 200,
        headers: json,
        body: { status: 'ok', uptime: 3 },
      }),
    ).toMatch(/must NOT have additional properties \(uptime\)/);
  });

  it('refuses an error that is not in the one error shape', () => {
    expect(
      responseProblem('GET', '/api/operational-pilot/releases/x', {
        status: 500,
        headers: json,
        body: { message: 'boom' },
      }),
    ).toMatch(/does not match/);
  });

  it('refuses a success on a path or status the document does not have', () => {
    expect(
      responseProblem('GET', '/api/operational-pilot/no-such-route', {
        status: 200,
        headers: json,
        body: {},
      }),
    ).toMatch(/no operation/);
    expect(
      responseProblem('POST', '/api/operational-pilot/evaluations/run', {
        status: 200,
        headers: json,
        body: { triggered: 'x' },
      }),
    ).toMatch(/does not match/);
  });

  it('leaves responses of other plugins alone', () => {
    expect(
      responseProblem('GET', '/api/catalog/entities', {
        status: 200,
        headers: json,
        body: [],
      }),
    ).toBeUndefined();
  });

  it('fails a supertest request whose response is not described', async () => {
    const app = express();
    app.get('/api/operational-pilot/health', (_req, res) => {
      res.json({ status: 'ok', extra: true });
    });
    await expect(
      request(app).get('/api/operational-pilot/health'),
    ).rejects.toThrow(/Response not described: GET \/health → 200/);
  });
});
