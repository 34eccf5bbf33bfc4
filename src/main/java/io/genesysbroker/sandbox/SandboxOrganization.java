package io.genesysbroker.sandbox;

import io.vertx.core.json.JsonObject;

/** The one org the sandbox simulates. Like a Genesys Organization it has no region: callers know it by host. */
final class SandboxOrganization {

    static final String ID = Ids.fromName("sandbox-org");

    static final String NAME = "Sandbox Org";

    private SandboxOrganization() {
    }

    static JsonObject reference() {
        return new JsonObject().put("id", ID).put("name", NAME);
    }

    static JsonObject toJson() {
        return reference()
                .put("defaultLanguage", "en-us")
                .put("defaultCountryCode", "US")
                .put("thirdPartyOrgName", "sandbox-org")
                .put("thirdPartyURI", "https://sandbox.example")
                .put("domain", "sandbox.example")
                .put("version", 1)
                .put("state", "active")
                .put("defaultSiteId", Ids.fromName("sandbox-site"))
                .put("supportURI", "https://sandbox.example/support")
                .put("voicemailEnabled", true)
                .put("productPlatform", "PureCloud")
                .put("features", features())
                .put("selfUri", "/api/v2/organizations/" + ID);
    }

    private static JsonObject features() {
        return new JsonObject()
                .put("directory", true)
                .put("chat", true)
                .put("contactCenter", true)
                .put("purecloudVoice", true)
                .put("unifiedCommunications", false)
                .put("hipaa", false)
                .put("pci", false)
                .put("informalPhotos", false)
                .put("xmppFederation", false);
    }
}
