package org.docedition.render;

import org.docedition.model.Problem;

/**
 * Stops the rendering of one page (or of the whole site when a template cannot be read) and
 * carries the problem to report; {@link SiteRenderer} turns it into data, it never reaches the user.
 */
final class RenderFailure extends RuntimeException {

    private final transient Problem problem;

    RenderFailure(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
