package org.docedition.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0..size-1} with Zipf-Mandelbrot probabilities {@code 1 / (rank + shift)^exponent}.
 *
 * <p>Natural-language word frequencies follow this law; sampling from it makes the number of
 * distinct words grow with the corpus (Heaps' law), which is what drives a search index's size.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int size, double exponent, double shift) {
        cumulative = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / Math.pow(r + shift, exponent);
            cumulative[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            cumulative[r] /= sum;
        }
        cumulative[size - 1] = 1.0;
    }

    int size() {
        return cumulative.length;
    }

    /** One rank; rank 0 is the most frequent. */
    int next(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return i >= 0 ? i : -i - 1;
    }
}
