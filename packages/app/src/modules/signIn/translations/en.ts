/** English messages of the sign-in page (the source language). */
export const signInMessages = {
  guest: {
    title: 'Guest',
    description: 'Sign in as the guest user of the demo.',
    enter: 'Enter',
  },
  demo: {
    title: 'Demo users',
    description:
      'Development only: sign in as another user of the demo catalog, e.g. to sign a release hand-over as its ops owner or business owner. To switch user later, sign out from Settings.',
    select: 'Demo user',
    signIn: 'Sign in as demo user',
  },
  failed: 'Sign-in failed: {{message}}',
} as const;

type Flatten<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : Flatten<T[K], `${P}${K}.`>;
}[keyof T & string];

export type SignInMessageKey = Flatten<typeof signInMessages>;
