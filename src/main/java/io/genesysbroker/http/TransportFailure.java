package io.genesysbroker.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JacksonException;

import io.vertx.core.VertxException;

/** What went wrong on the wire when an upstream call failed without an HTTP answer the broker could read. */
public enum TransportFailure {
    /** The upstream did not answer in time. */
    TIMEOUT("did not answer in time"),
    /** No connection could be opened, or it broke before the answer was complete. */
    CONNECTION("could not be reached or dropped the connection"),
    /** The answer was an HTML page, as a proxy, a captive portal or a login page sends. */
    HTML("answered with an HTML page instead of JSON, as a proxy or a login page does"),
    /** The answer arrived but was not the JSON the broker expects. */
    MALFORMED("answered with something that is not the expected JSON");

    private static final String HTML_MEDIA_TYPE = "media type text/html";

    private final String description;

    TransportFailure(String description) {
        this.description = description;
    }

    /** A phrase that completes "the upstream ...". */
    public String description() {
        return description;
    }

    /** Classifies a failure that carries no HTTP status. */
    public static TransportFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isTimeout(cause)) {
                return TIMEOUT;
            }
            if (cause.getMessage() != null && cause.getMessage().contains(HTML_MEDIA_TYPE)) {
                return HTML;
            }
            if (cause instanceof JacksonException) {
                return MALFORMED;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof IOException || cause instanceof VertxException) {
                return CONNECTION;
            }
        }
        return MALFORMED;
    }

    private static boolean isTimeout(Throwable cause) {
        return cause instanceof TimeoutException || cause instanceof SocketTimeoutException
                || cause.getClass().getSimpleName().contains("Timeout");
    }
}
