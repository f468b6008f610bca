/**
 * Inputs built to provoke slow paths in the detectors (long digit runs, separators, repeated
 * honorifics, many '@'): the tests check they scan consistently, bench:privacy times them.
 */
export const ADVERSARIAL_INPUTS: readonly string[] = [
  '1'.repeat(2000),
  '1 '.repeat(1000),
  '13-'.repeat(666),
  'a'.repeat(1999) + '@',
  'a@'.repeat(1000),
  '王先生'.repeat(666),
  '张三、'.repeat(666) + '等人',
  '一'.repeat(2000),
]
