package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyLanguageHasEveryString() {
    for (Language language : Language.values()) {
      assertThat(Messages.of(language).keys())
          .as(language.code())
          .containsExactlyInAnyOrderElementsOf(Messages.of(Language.EN).keys());
      for (String key : Messages.of(language).keys()) {
        assertThat(Messages.of(language).get(key)).as(language + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void stringsFillInTheirArgument() {
    assertThat(Messages.of(Language.FR).get("search.found", "12"))
        .isEqualTo("Documents trouvés : 12");
    assertThat(Messages.of(Language.ZH).get("countries.documents", "瑞士")).isEqualTo("瑞士提交的文件");
  }

  @Test
  void numbersUseWesternDigitsInEveryLanguage() {
    assertThat(Messages.of(Language.EN).number(12345)).isEqualTo("12,345");
    assertThat(Messages.of(Language.AR).number(7)).isEqualTo("7");
    assertThat(Messages.of(Language.AR).number(12345)).matches("12\\D?345");
  }

  /** The throttle's wait in each language's plural forms (written by hand, CLDR's rules). */
  @Test
  void theThrottlesMinutesTakeEachLanguagesPluralForm() {
    assertThat(throttled(Language.EN, 1)).endsWith("try again in 1 minute.");
    assertThat(throttled(Language.EN, 15)).endsWith("try again in 15 minutes.");
    assertThat(throttled(Language.FR, 1)).endsWith("réessayez dans 1 minute.");
    assertThat(throttled(Language.FR, 15)).endsWith("réessayez dans 15 minutes.");
    assertThat(throttled(Language.ES, 1)).endsWith("dentro de 1 minuto.");
    assertThat(throttled(Language.ES, 15)).endsWith("dentro de 15 minutos.");
    assertThat(throttled(Language.RU, 1)).endsWith("повторите через 1 минуту.");
    assertThat(throttled(Language.RU, 3)).endsWith("повторите через 3 минуты.");
    assertThat(throttled(Language.RU, 5)).endsWith("повторите через 5 минут.");
    assertThat(throttled(Language.RU, 11)).endsWith("повторите через 11 минут.");
    assertThat(throttled(Language.RU, 21)).endsWith("повторите через 21 минуту.");
    assertThat(throttled(Language.ZH, 1)).endsWith("请在 1 分钟后重试。");
    assertThat(throttled(Language.ZH, 15)).endsWith("请在 15 分钟后重试。");
    assertThat(throttled(Language.AR, 1)).endsWith("بعد دقيقة واحدة.");
    assertThat(throttled(Language.AR, 2)).endsWith("بعد دقيقتين.");
    assertThat(throttled(Language.AR, 3)).endsWith("بعد 3 دقائق.");
    assertThat(throttled(Language.AR, 11)).endsWith("بعد 11 دقيقة.");
    assertThat(throttled(Language.AR, 100)).endsWith("بعد 100 دقيقة.");
  }

  private static String throttled(Language language, long minutes) {
    return Messages.of(language).plural("login.throttled", minutes);
  }
}
