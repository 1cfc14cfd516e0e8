import { messageTemplate } from './messageTemplate';

describe('messageTemplate', () => {
  it('fills a message translated once, placeholders in any order and repeated', () => {
    const translate = jest.fn(
      (values: Record<'team' | 'share', string>) =>
        `${values.share} pour ${values.team} (${values.share})`,
    );
    const fill = messageTemplate(['team', 'share'], translate);
    expect(fill({ team: 'billing', share: '40 %' })).toBe(
      '40 % pour billing (40 %)',
    );
    expect(fill({ team: 'sre', share: '7 %' })).toBe('7 % pour sre (7 %)');
    expect(translate).toHaveBeenCalledTimes(1);
  });

  it('keeps a message without placeholders, and values as they are', () => {
    expect(messageTemplate([], () => 'No data')({})).toBe('No data');
    expect(
      messageTemplate(['key'], v => `Filter by ${v.key}`)({ key: '<a&b>' }),
    ).toBe('Filter by <a&b>');
  });
});
