package org.pledgetrack.ui.api;

/**
 * A request parameter whose value the API refuses; answered 400 with a detail that names the
 * parameter, the value and the rule, so a script's author sees at once what to change.
 */
class InvalidParameterException extends RuntimeException {

    InvalidParameterException(String parameter, Object value, String rule) {
        super(detail(parameter, value) + ": " + rule + ".");
    }

    /** The common start of every such detail, also for values that do not even parse. */
    static String detail(String parameter, Object value) {
        return "The value '" + value + "' of parameter '" + parameter + "' is not valid";
    }
}
