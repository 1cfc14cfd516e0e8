import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  useTranslationRef,
  type IdentityApi,
} from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
// Backstage UI's button: Material UI v4's ButtonBase calls findDOMNode, which React warns about in dev.
import { Button } from '@backstage/ui';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useEffect, useMemo, useState } from 'react';
import { signInTranslationRef } from './translation';

/** A demo user offered on the sign-in page (the backend still checks that the user is in the catalog). */
export interface DemoUser {
  /** `metadata.name` of the User entity, e.g. `emma.bernard`. */
  name: string;
  /** Shown in the list, e.g. "Emma Bernard: business owner". */
  title?: string;
}

export interface DemoSignInPageProps extends SignInPageProps {
  /** Shown on the guest card. */
  guestDescription?: string;
  /** Users offered for demo sign-in; no demo card when empty. */
  demoUsers: DemoUser[];
  /** Id of the backend auth provider that signs demo users in. */
  demoProvider: string;
}

type Choice = { provider: 'guest' } | { provider: 'demo'; user: string };

/** The last sign-in choice, so that reloading the page signs in again (cleared at sign-out). */
export const SIGN_IN_STORAGE_KEY = 'operational-pilot:sign-in';
export const DEMO_USER_HEADER = 'x-demo-user';

function readChoice(): Choice | undefined {
  try {
    const value = JSON.parse(
      window.localStorage.getItem(SIGN_IN_STORAGE_KEY) ?? 'null',
    );
    if (value?.provider === 'guest') return { provider: 'guest' };
    if (value?.provider === 'demo' && typeof value.user === 'string') {
      return { provider: 'demo', user: value.user };
    }
  } catch {
    // A corrupt value: ask again.
  }
  return undefined;
}

function storeChoice(choice: Choice | undefined) {
  try {
    if (choice) {
      window.localStorage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify(choice));
    } else {
      window.localStorage.removeItem(SIGN_IN_STORAGE_KEY);
    }
  } catch {
    // Storage unavailable (private mode): sign-in still works, without remembering it.
  }
}

/** The backend's own message when there is one (e.g. "… is not a User of the catalog"). */
function describeError(error: Error): string {
  const body = (error as Error & { body?: { error?: { message?: string } } })
    .body;
  return body?.error?.message ?? error.message;
}

/** Wraps the signed-in identity so that signing out forgets the choice (the next visit shows this page). */
class ForgetOnSignOut implements IdentityApi {
  constructor(
    private readonly inner: IdentityApi & {
      getUserId?(): string;
      getIdToken?(): Promise<string | undefined>;
      getProfile?(): unknown;
    },
  ) {}

  getProfileInfo() {
    return this.inner.getProfileInfo();
  }
  getBackstageIdentity() {
    return this.inner.getBackstageIdentity();
  }
  getCredentials() {
    return this.inner.getCredentials();
  }
  // Older plugins still call these through the app's identity proxy.
  getUserId() {
    return this.inner.getUserId?.() ?? '';
  }
  getIdToken() {
    return this.inner.getIdToken?.() ?? Promise.resolve(undefined);
  }
  getProfile() {
    return this.inner.getProfile?.() ?? {};
  }
  async signOut() {
    storeChoice(undefined);
    await this.inner.signOut();
  }
}

/**
 * Sign-in page of the demo app: "Enter" signs in with the guest provider (the demo POA); in development, a second
 * card signs in as another demo user through the backend's demo-user provider. The choice is remembered until
 * sign-out, so reloading the page keeps the user; sign out from Settings to switch user.
 */
export function DemoSignInPage(props: DemoSignInPageProps) {
  const { onSignInSuccess, demoUsers, demoProvider, guestDescription } = props;
  const configApi = useApi(configApiRef);
  const { t } = useTranslationRef(signInTranslationRef);
  const [choice, setChoice] = useState<Choice | undefined>(readChoice);
  const [error, setError] = useState<Error>();
  const [selected, setSelected] = useState(demoUsers[0]?.name ?? '');

  // Shown instead of ProxiedSignInPage's error panel: back to the choices, with the reason.
  const ErrorComponent = useMemo(
    () =>
      function SignInFailed(failure: { error?: Error }) {
        useEffect(() => {
          storeChoice(undefined);
          setError(failure.error ?? new Error('Sign-in failed'));
          setChoice(undefined);
        }, [failure.error]);
        return null;
      },
    [],
  );

  if (choice) {
    return (
      <ProxiedSignInPage
        key={choice.provider === 'demo' ? `demo:${choice.user}` : 'guest'}
        provider={choice.provider === 'demo' ? demoProvider : 'guest'}
        headers={
          choice.provider === 'demo'
            ? { [DEMO_USER_HEADER]: choice.user }
            : undefined
        }
        onSignInSuccess={identity => {
          storeChoice(choice);
          onSignInSuccess(new ForgetOnSignOut(identity));
        }}
        ErrorComponent={ErrorComponent}
      />
    );
  }

  const signIn = (next: Choice) => {
    setError(undefined);
    setChoice(next);
  };

  return (
    <Page themeId="home">
      <Header title={configApi.getOptionalString('app.title') ?? 'Backstage'} />
      <Content>
        {error && (
          <Typography role="alert" color="error" variant="body1" paragraph>
            {t('failed', { message: describeError(error) })}
          </Typography>
        )}
        <Grid container spacing={2}>
          <Grid item xs={12} md={4}>
            <InfoCard
              title={t('guest.title')}
              variant="fullHeight"
              actions={
                <Button
                  variant="secondary"
                  onPress={() => signIn({ provider: 'guest' })}
                >
                  {t('guest.enter')}
                </Button>
              }
            >
              <Typography variant="body1">
                {guestDescription ?? t('guest.description')}
              </Typography>
            </InfoCard>
          </Grid>
          {demoUsers.length > 0 && (
            <Grid item xs={12} md={5}>
              <InfoCard
                title={t('demo.title')}
                variant="fullHeight"
                actions={
                  <Button
                    variant="secondary"
                    isDisabled={!selected}
                    onPress={() => signIn({ provider: 'demo', user: selected })}
                  >
                    {t('demo.signIn')}
                  </Button>
                }
              >
                <Typography variant="body1" paragraph>
                  {t('demo.description')}
                </Typography>
                <TextField
                  id="demo-user"
                  select
                  fullWidth
                  variant="outlined"
                  label={t('demo.select')}
                  value={selected}
                  onChange={e => setSelected(String(e.target.value))}
                  SelectProps={{ native: true }}
                >
                  {demoUsers.map(user => (
                    <option key={user.name} value={user.name}>
                      {user.title ?? user.name}
                    </option>
                  ))}
                </TextField>
              </InfoCard>
            </Grid>
          )}
        </Grid>
      </Content>
    </Page>
  );
}
