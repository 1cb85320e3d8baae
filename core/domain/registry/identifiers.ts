// Russian registry identifiers: ИНН of a legal entity (10 digits with a check digit), КПП, ОГРН,
// and the ФИС ОКО login. Each check returns a Russian problem or null.

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The check digit of a legal entity's ИНН from its first nine digits. */
export function innCheckDigit(first9: string): number {
  const sum = INN_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first9[i]), 0);
  return (sum % 11) % 10;
}

/** Completes nine digits into a valid ten-digit ИНН (demo data, fixtures). */
export const withInnCheckDigit = (first9: string): string => `${first9}${innCheckDigit(first9)}`;

export function innProblem(inn: string): string | null {
  if (!/^\d{10}$/.test(inn)) return `ИНН «${inn}» должен состоять из 10 цифр (ИНН юридического лица).`;
  if (innCheckDigit(inn.slice(0, 9)) !== Number(inn[9]))
    return `ИНН «${inn}» не проходит проверку контрольной цифры — проверьте, не опечатка ли.`;
  return null;
}

export function kppProblem(kpp: string): string | null {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp) ? null : `КПП «${kpp}» должен состоять из 9 знаков (например, 662701001).`;
}

/** ОГРН: 13 digits, the last one is the remainder of the first twelve modulo 11 (then modulo 10). */
export function ogrnProblem(ogrn: string): string | null {
  if (!/^\d{13}$/.test(ogrn)) return `ОГРН «${ogrn}» должен состоять из 13 цифр.`;
  const check = Number(BigInt(ogrn.slice(0, 12)) % 11n) % 10;
  return check === Number(ogrn[12]) ? null : `ОГРН «${ogrn}» не проходит проверку контрольной цифры.`;
}

export function fisOkoLoginProblem(login: string): string | null {
  return /^edu\d{3,10}$/.test(login)
    ? null
    : `Логин ФИС ОКО «${login}» должен начинаться с «edu» и продолжаться цифрами (например, edu660125).`;
}
