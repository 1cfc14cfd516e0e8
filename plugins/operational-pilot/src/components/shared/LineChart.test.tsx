import { render, screen } from '@testing-library/react';
import { chartRange, LineChart } from './LineChart';

describe('chartRange', () => {
  it('zooms on the values so that a 60 → 65 change is visible', () => {
    expect(chartRange([60, 65], 100, false)).toEqual({ low: 55, high: 70 });
    // At least 10 wide, within 0–max.
    expect(chartRange([99, 100], 100, false)).toEqual({ low: 90, high: 100 });
    expect(chartRange([0, 1], 100, false)).toEqual({ low: 0, high: 10 });
    expect(chartRange([60, 65], 100, true)).toEqual({ low: 0, high: 100 });
  });
});

describe('LineChart', () => {
  it('draws a 60 → 65 change over a third of its height, with labelled, focusable points', () => {
    render(
      <LineChart
        label="Score"
        height={160}
        points={[
          { x: '2026-11-01', y: 60 },
          { x: '2026-11-02', y: 65 },
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole('img');
    const rise =
      Number(first.getAttribute('cy')) - Number(second.getAttribute('cy'));
    // Plot area is 160 - 16 - 20 = 124 px high; 5 of 15 points of range.
    expect(rise).toBeGreaterThan(124 / 3 - 1);
    expect(first).toHaveAccessibleName('2026-11-01: 60');
    expect(second).toHaveAttribute('tabindex', '0');
  });
});
