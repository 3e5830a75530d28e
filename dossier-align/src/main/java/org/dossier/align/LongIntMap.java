package org.dossier.align;

import java.util.Arrays;

/** Counts keyed by a long, open addressing: the lexicon counts millions of word pairs unboxed. */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys = new long[1 << 12];
  private int[] values = new int[1 << 12];
  private int size;

  LongIntMap() {
    Arrays.fill(keys, EMPTY);
  }

  void increment(long key) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = slot(key, keys);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    values[slot]++;
  }

  int get(long key) {
    int slot = slot(key, keys);
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  /** Calls {@code visitor} with every key and its count. */
  void forEach(Visitor visitor) {
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] != EMPTY) {
        visitor.visit(keys[k], values[k]);
      }
    }
  }

  interface Visitor {
    void visit(long key, int count);
  }

  private static int slot(long key, long[] keys) {
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != EMPTY) {
        int slot = slot(oldKeys[k], keys);
        keys[slot] = oldKeys[k];
        values[slot] = oldValues[k];
      }
    }
  }
}
