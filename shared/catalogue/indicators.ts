import { IndicatorSchema, type Indicator } from './schema';
import { STANDARD_INDICATORS } from './indicators-data';

export const STANDARD_CATALOGUE: readonly Indicator[] = STANDARD_INDICATORS.map((i) => IndicatorSchema.parse(i));

const byCode = new Map(STANDARD_CATALOGUE.map((i) => [i.code, i]));

export function indicatorByCode(code: string, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): Indicator | undefined {
  return catalogue === STANDARD_CATALOGUE ? byCode.get(code) : catalogue.find((i) => i.code === code);
}
