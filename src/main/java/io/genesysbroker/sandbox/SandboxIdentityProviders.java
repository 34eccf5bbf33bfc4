package io.genesysbroker.sandbox;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The org's SAML identity providers, in the newer shape of Genesys' listing: one Okta, one generic and disabled. */
final class SandboxIdentityProviders {

    private SandboxIdentityProviders() {
    }

    static JsonObject listing() {
        JsonArray entities = new JsonArray()
                .add(provider("Okta", "Okta Workforce", false, "https://sandbox.okta.example"))
                .add(provider("GenericSAML", "Corporate SAML", true, "https://sso.sandbox.example"));
        return new Paging(25, 1).describe(entities.size()).put("entities", entities);
    }

    private static JsonObject provider(String name, String providerName, boolean disabled, String issuer) {
        String id = Ids.fromName("identity-provider-" + name);
        return new JsonObject()
                .put("id", id)
                .put("name", name)
                .put("providerName", providerName)
                .put("disabled", disabled)
                .put("issuerURI", issuer)
                .put("ssoTargetURI", issuer + "/sso/saml")
                .put("sloURI", issuer + "/slo/saml")
                .put("certificates", new JsonArray())
                .put("displayOnLogin", !disabled)
                .put("selfUri", "/api/v2/identityproviders/" + id);
    }
}
