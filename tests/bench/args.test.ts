import { corpusSizes, wholeNumber } from '../../src/bench/args';

describe('bench arguments', () => {
  it('reads corpus sizes smallest first, each once', () => {
    expect(corpusSizes('--articles', '10000')).toEqual([10_000]);
    expect(corpusSizes('--articles', '1000,10000,100000')).toEqual([1000, 10_000, 100_000]);
    expect(corpusSizes('--articles', '100000, 1000,10000,1000')).toEqual([1000, 10_000, 100_000]);
    expect(corpusSizes('--articles', '100_000')).toEqual([100_000]);
  });

  it('names the option and what to pass for bad sizes', () => {
    for (const bad of ['abc', '', '1000,', '1000,,10000', '0', '-5', '1e4', '10.5', '1000,x']) {
      expect(() => corpusSizes('--articles', bad)).toThrow(/^--articles .*: expected .*articles.*e\.g\. 1000,10000,100000\.$/);
    }
    expect(() => corpusSizes('BENCH_ARTICLES', 'ten')).toThrow('BENCH_ARTICLES ten: expected a whole number of articles');
  });

  it('takes whole numbers of at least one only', () => {
    expect(wholeNumber('--threads', '2', 'extraction threads', '2')).toBe(2);
    expect(wholeNumber('--threads', ' 3 ', 'extraction threads', '2')).toBe(3);
    for (const bad of ['', ' ', '0', '2.5', 'two', '99999999999999999999']) {
      expect(() => wholeNumber('--threads', bad, 'extraction threads', '2')).toThrow(`--threads ${bad}: expected a whole number of extraction threads, e.g. 2.`);
    }
  });
});
