import type { SignInMessageKey } from './en';

/** French messages of the sign-in page (loaded on demand when the app language is `fr`). */
const fr: Record<SignInMessageKey, string> = {
  'guest.title': 'Invité',
  'guest.description': 'Se connecter comme utilisateur invité de la démo.',
  'guest.enter': 'Entrer',
  'demo.title': 'Utilisateurs de démo',
  'demo.description':
    "Développement uniquement : se connecter comme un autre utilisateur du catalogue de démo, par exemple pour signer le passage en run d'une mise en production en tant que responsable d'exploitation ou responsable métier. Pour changer d'utilisateur ensuite, se déconnecter depuis les paramètres (Settings).",
  'demo.select': 'Utilisateur de démo',
  'demo.signIn': 'Se connecter comme utilisateur de démo',
  failed: 'Échec de la connexion : {{message}}',
};

export default fr;
