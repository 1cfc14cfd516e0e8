import type { ReactNode } from 'react';
import { Progress } from '@backstage/core-components';
import { Text } from '@backstage/ui';
import { ErrorView } from './ErrorView';

/**
 * The body of a card that loads one value (a `useAsync` state): its error, a progress bar while loading, a short
 * text when the value holds nothing to show, otherwise `children(value)`.
 */
export function AsyncContent<T>(props: {
  state: { loading: boolean; error?: Error; value?: T };
  isEmpty: (value: T) => boolean;
  emptyText: string;
  children: (value: T) => ReactNode;
}) {
  const { state } = props;
  if (state.error) {
    return <ErrorView error={state.error} />;
  }
  if (state.loading || state.value === undefined) {
    return <Progress />;
  }
  if (props.isEmpty(state.value)) {
    return (
      <Text as="p" variant="body-medium" color="secondary">
        {props.emptyText}
      </Text>
    );
  }
  return <>{props.children(state.value)}</>;
}
