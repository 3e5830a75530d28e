/**
 * Chinese: {@code 2016年3月23日}, ranges {@code 2016年2月29日至3月24日}; {@code 第四十三届会议}; {@code
 * 议程项目13和115}, {@code 临时议程项目12}; State names matched without word boundaries, longest first; titles
 * that end with the document type ({@code …给…的普通照会}). Mastheads keep {@code Distr.:} and {@code
 * Original: English} in English.
 *
 * <p>Confidence: dates, session and agenda headings are attested; the title wording, the footnote
 * ("附件按收到时的原样，仅以提交语文分发。", also read: "附件不译，原文照发。") and the annex numbering are the author's.
 */
package org.dossier.lang.zh;
