package org.docedition.apparatus.related;

/**
 * The highest-weighted of the keys offered, ties by alphabetical order. They are kept in a heap
 * whose root is the worst of them: choosing a document's best few of a few thousand keys costs no
 * full sort and no boxed index per key.
 */
final class Ranking {

    private final long[] keys;
    private final double[] weights;
    private final long[] alphabetical;
    private int size;

    Ranking(int capacity) {
        keys = new long[capacity];
        weights = new double[capacity];
        alphabetical = new long[capacity];
    }

    void offer(long key, double weight, long order) {
        if (size < keys.length) {
            set(size, key, weight, order);
            siftUp(size++);
        } else if (size > 0 && better(weight, order, 0)) {
            set(0, key, weight, order);
            siftDown(0);
        }
    }

    /** Puts the keys kept, best first, into {@code kept} and their weights into {@code w}; returns how many. */
    int drainBestFirst(long[] kept, double[] w) {
        int count = size;
        // taking the worst off the root each time fills the lists from their end
        while (size > 0) {
            int last = --size;
            kept[last] = keys[0];
            w[last] = weights[0];
            swap(0, last);
            siftDown(0);
        }
        return count;
    }

    /** Whether a key of {@code weight} and {@code order} ranks above the one at {@code at}. */
    private boolean better(double weight, long order, int at) {
        return weight != weights[at] ? weight > weights[at] : order < alphabetical[at];
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(weights[parent], alphabetical[parent], at)) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void siftDown(int at) {
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(weights[worst], alphabetical[worst], child)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void set(int at, long key, double weight, long order) {
        keys[at] = key;
        weights[at] = weight;
        alphabetical[at] = order;
    }

    private void swap(int a, int b) {
        long key = keys[a];
        double weight = weights[a];
        long order = alphabetical[a];
        set(a, keys[b], weights[b], alphabetical[b]);
        set(b, key, weight, order);
    }
}
