package org.dossier.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Range checks of numeric options, made while the command line is parsed so that a value out of
 * range is bad usage like any other: one line naming the option, the {@code --help} hint, exit 2.
 */
final class Ranges {
  private Ranges() {}

  static int atLeast(CommandSpec spec, String option, int value, int min) {
    if (value < min) {
      throw new ParameterException(
          spec.commandLine(), option + " must be " + min + " or more, got " + value);
    }
    return value;
  }

  static int between(CommandSpec spec, String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  static double between(CommandSpec spec, String option, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT, "%s must be between %s and %s, got %s", option, min, max, value));
    }
    return value;
  }
}
