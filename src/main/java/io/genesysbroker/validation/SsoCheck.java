package io.genesysbroker.validation;

import java.util.List;
import java.util.stream.Collectors;

import io.genesysbroker.connection.Connection;
import io.genesysbroker.upstream.GenesysIdentityProvider;
import io.genesysbroker.upstream.GenesysIdentityProviders;
import io.genesysbroker.upstream.UpstreamException;
import io.genesysbroker.upstream.UpstreamFailure;

/**
 * The org's SSO identity providers, for troubleshooting people's logins. Never a failure: SSO changes how people log
 * in to Genesys and nothing about client-credentials tokens.
 */
final class SsoCheck {

    static final String NAME = "sso";

    static final String PERMISSION = "sso:provider:view";

    private static final String INDEPENDENT = "client-credentials access does not depend on SSO";

    private SsoCheck() {
    }

    static Check of(GenesysIdentityProviders answer) {
        List<GenesysIdentityProvider> providers = answer.entities() == null ? List.of() : answer.entities();
        if (providers.isEmpty()) {
            return Check.pass(NAME, "no identity provider configured; " + INDEPENDENT);
        }
        String listed = providers.stream().map(SsoCheck::describe).collect(Collectors.joining(", "));
        return Check.pass(NAME, providers.size() + " identity providers: " + listed
                + "; Genesys marks none as the default; " + INDEPENDENT);
    }

    static Check failed(Connection connection, Throwable failure) {
        if (failure instanceof UpstreamException upstream && upstream.failure() == UpstreamFailure.PERMISSION_MISSING) {
            return Check.warn(NAME, "the client lacks " + PERMISSION + ", so the providers are unknown; " + INDEPENDENT,
                    "Give the OAuth client a role with " + PERMISSION + " only if you want SSO shown here.");
        }
        Check failed = FailedCheck.of(NAME, CheckStatus.WARN, connection, failure);
        return Check.warn(NAME, failed.detail() + "; " + INDEPENDENT, failed.hint());
    }

    private static String describe(GenesysIdentityProvider provider) {
        String type = provider.providerName() == null || provider.providerName().equals(provider.name()) ? ""
                : " (" + provider.providerName() + ")";
        String state = Boolean.TRUE.equals(provider.disabled()) ? " disabled" : " enabled";
        return provider.name() + type + state;
    }
}
