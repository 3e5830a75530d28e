/**
 * Russian: {@code 10 ноября 1975 года} (genitive month and "года"); {@code Сорок третья сессия}
 * (feminine ordinal, "е" for "ё"), declined in running text ({@code сорок третьей сессии}); {@code
 * Пункты 13 и 115 повестки дня}; State names in every case by suffix rules ({@code Азербайджана},
 * {@code Российской Федерации}); titles with the sender in the genitive first and the date after
 * it. Mastheads keep {@code Distr.:} and {@code Original: English} in English, and often the date.
 *
 * <p>Confidence: the date form is attested; the month list, range dashes, title wording and the
 * declension of rare names (plural island names, {@code Королевства Нидерланды}) are the author's;
 * the UN's Russian short name of Türkiye is given as {@code Турция}, with {@code Тюркие} read.
 */
package org.dossier.lang.ru;
