import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  DemoSignInPage,
  SIGN_IN_STORAGE_KEY,
  type DemoSignInPageProps,
} from './DemoSignInPage';

const session = (userEntityRef: string) => ({
  profile: { displayName: userEntityRef },
  backstageIdentity: {
    token: 'a.eyJzdWIiOiJ4In0.c',
    identity: {
      type: 'user',
      userEntityRef,
      ownershipEntityRefs: [userEntityRef],
    },
  },
});

function mockRefresh() {
  const fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    const user = new Headers(init.headers).get('x-demo-user');
    if (url.endsWith('/guest/refresh')) {
      return new Response(JSON.stringify(session('user:default/alice.martin')));
    }
    if (user === 'ghost.user') {
      return new Response(
        JSON.stringify({
          error: {
            name: 'NotAllowedError',
            message:
              'Demo sign-in refused: user:default/ghost.user is not a User of the catalog',
          },
        }),
        { status: 403, headers: { 'content-type': 'application/json' } },
      );
    }
    return new Response(JSON.stringify(session(`user:default/${user}`)));
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

async function renderPage(props: Partial<DemoSignInPageProps> = {}) {
  const onSignInSuccess = jest.fn();
  await renderInTestApp(
    <DemoSignInPage
      onSignInSuccess={onSignInSuccess}
      demoProvider="demoUser"
      demoUsers={[
        { name: 'bruno.lefevre', title: 'Bruno Lefèvre: ops owner' },
        { name: 'emma.bernard', title: 'Emma Bernard: business owner' },
        { name: 'ghost.user' },
      ]}
      {...props}
    />,
  );
  return onSignInSuccess;
}

describe('DemoSignInPage', () => {
  const realFetch = global.fetch;
  beforeEach(() => window.localStorage.clear());
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('keeps "Enter" as the only enter button: the guest', async () => {
    const fetchMock = mockRefresh();
    const onSignInSuccess = await renderPage();
    expect(
      await screen.findAllByRole('button', { name: /enter/i }),
    ).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: /enter/i }));
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0]).toMatch(/\/guest\/refresh$/);
    const identity = onSignInSuccess.mock.calls[0][0];
    expect((await identity.getBackstageIdentity()).userEntityRef).toBe(
      'user:default/alice.martin',
    );
    expect(
      JSON.parse(window.localStorage.getItem(SIGN_IN_STORAGE_KEY)!),
    ).toEqual({
      provider: 'guest',
    });
    // Signing out forgets the choice: the next visit shows the sign-in page.
    await identity.signOut();
    expect(window.localStorage.getItem(SIGN_IN_STORAGE_KEY)).toBeNull();
  });

  it('signs in as the chosen demo user through the demo-user provider', async () => {
    const fetchMock = mockRefresh();
    const onSignInSuccess = await renderPage();
    await userEvent.selectOptions(
      await screen.findByLabelText('Demo user'),
      'emma.bernard',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in as demo user' }),
    );
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toMatch(/\/demoUser\/refresh$/);
    expect(new Headers(init.headers).get('x-demo-user')).toBe('emma.bernard');
    const identity = onSignInSuccess.mock.calls[0][0];
    expect((await identity.getBackstageIdentity()).userEntityRef).toBe(
      'user:default/emma.bernard',
    );
  });

  it('signs in again after a reload with the remembered user', async () => {
    mockRefresh();
    window.localStorage.setItem(
      SIGN_IN_STORAGE_KEY,
      JSON.stringify({ provider: 'demo', user: 'bruno.lefevre' }),
    );
    const onSignInSuccess = await renderPage();
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    const identity = onSignInSuccess.mock.calls[0][0];
    expect((await identity.getBackstageIdentity()).userEntityRef).toBe(
      'user:default/bruno.lefevre',
    );
  });

  it('shows the refusal of a user outside the catalog and offers the choices again', async () => {
    mockRefresh();
    const onSignInSuccess = await renderPage();
    await userEvent.selectOptions(
      await screen.findByLabelText('Demo user'),
      'ghost.user',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in as demo user' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'user:default/ghost.user is not a User of the catalog',
    );
    expect(screen.getByRole('button', { name: /enter/i })).toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(SIGN_IN_STORAGE_KEY)).toBeNull();
  });

  it('offers only the guest when no demo user is configured', async () => {
    mockRefresh();
    await renderPage({ demoUsers: [] });
    expect(
      await screen.findByRole('button', { name: /enter/i }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Sign in as demo user' }),
    ).not.toBeInTheDocument();
  });
});
