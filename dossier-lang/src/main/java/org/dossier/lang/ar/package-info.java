/**
 * Arabic: dates with the UN's paired month names ({@code 16 حزيران/يونيه 2011}), either name alone
 * read, Arabic-Indic digits read; {@code الدورة الثالثة والأربعون}, genitive in running text
 * ({@code الدورة الثالثة والأربعين}); agenda headings in the singular, dual and plural; State names
 * with attached particles ({@code و}, {@code ب}, {@code ل}, {@code لل}) and parenthesised kinds
 * turned round at the dash ({@code دولة بوليفيا المتعددة القوميات}); titles with the addressee
 * first. Mastheads keep {@code Distr.:} and {@code Original: English} in English, and often the
 * date.
 *
 * <p>Confidence: two month pairs and the dual agenda heading are attested; the other month pairs,
 * the singular heading, the title wording (the particle ل attached to the State's name) and the
 * footnote are the author's.
 */
package org.dossier.lang.ar;
