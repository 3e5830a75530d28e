/**
 * Spanish: {@code 3 de diciembre de 2007}, {@code 1º de abril}; ranges {@code 11 a 18 de junio de
 * 2007}, {@code 3 de marzo a 1º de abril de 2008}; {@code Cuadragésimo tercer período de sesiones}
 * (masculine ordinal with apocope); {@code Tema 4 de la agenda} (Human Rights Council, written) and
 * {@code Tema 65 del programa} (General Assembly, read); {@code Distr. general}; {@code Original:
 * inglés}; State names with their article where the UN uses one ({@code del Perú}); titles with the
 * addressee before the sender ({@code dirigida a … por …}).
 *
 * <p>Confidence: dates and masthead strings are from A/62/434 and A/HRC/5/21; "undécimo" and
 * "duodécimo" for 11 and 12, the list of names taking an article and the title wording are the
 * author's and need checking against UN Spanish documents.
 */
package org.dossier.lang.es;
