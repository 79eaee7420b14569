//! Every operation of Auth0 Management API 2.0, sent once with values its description allows: made by `restpoint-import --samples`, for a test against a validating mock of the description (such as Stoplight Prism).
/// How many operations [`send_every_operation`] sends.
pub const OPERATIONS: usize = 235usize;

/// A `T` from JSON the description allows.
fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
    match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => {
            panic!(
                "the sample {json} is not a `{}`: {error}", std::any::type_name:: < T >
                ()
            )
        }
    }
}

/// Sends each operation once to `client`, in the crate's order, and gives
/// `sent` its method and path and what came of it.
pub async fn send_every_operation(
    client: &restpoint::Client,
    mut sent: impl FnMut(&'static str, Result<(), restpoint::Error>),
) {
    let request = restpoint_auth0::actions::GetActions {
        trigger_id: None,
        action_name: None,
        deployed: None,
        page: None,
        per_page: None,
        installed: None,
    };
    sent("GET /actions/actions", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::PostAction {
        name: sample("\"my-action\""),
        supported_triggers: sample("[{\"id\":\"post-login\"}]"),
        code: None,
        dependencies: None,
        runtime: None,
        secrets: None,
    };
    sent("POST /actions/actions", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::GetActionVersions {
        action_id: sample("\"sample\""),
        page: None,
        per_page: None,
    };
    sent(
        "GET /actions/actions/<action_id>/versions",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::actions::GetActionVersion {
        action_id: sample("\"sample\""),
        id: sample("\"sample\""),
    };
    sent(
        "GET /actions/actions/<action_id>/versions/<id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::actions::PostDeployDraftVersion {
        id: sample("\"sample\""),
        action_id: sample("\"sample\""),
        body: sample("{}"),
    };
    sent(
        "POST /actions/actions/<action_id>/versions/<id>/deploy",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::actions::GetAction {
        id: sample("\"sample\""),
    };
    sent("GET /actions/actions/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::DeleteAction {
        id: sample("\"sample\""),
        force: None,
    };
    sent("DELETE /actions/actions/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::PatchAction {
        id: sample("\"sample\""),
        name: None,
        supported_triggers: None,
        code: None,
        dependencies: None,
        runtime: None,
        secrets: None,
    };
    sent("PATCH /actions/actions/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::PostDeployAction {
        id: sample("\"sample\""),
    };
    sent("POST /actions/actions/<id>/deploy", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::PostTestAction {
        id: sample("\"sample\""),
        payload: sample("{}"),
    };
    sent("POST /actions/actions/<id>/test", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::GetExecution {
        id: sample("\"sample\""),
    };
    sent("GET /actions/executions/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::GetTriggers {
    };
    sent("GET /actions/triggers", request.send(client).await.map(drop));
    let request = restpoint_auth0::actions::GetBindings {
        trigger_id: sample("\"sample\""),
        page: None,
        per_page: None,
    };
    sent(
        "GET /actions/triggers/<trigger_id>/bindings",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::actions::PatchBindings {
        trigger_id: sample("\"sample\""),
        bindings: None,
    };
    sent(
        "PATCH /actions/triggers/<trigger_id>/bindings",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::anomaly::GetIpsById {
        id: sample("\"sample\""),
    };
    sent("GET /anomaly/blocks/ips/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::anomaly::DeleteIpsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /anomaly/blocks/ips/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::attack_protection::GetBreachedPasswordDetection {
    };
    sent(
        "GET /attack-protection/breached-password-detection",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::attack_protection::PatchBreachedPasswordDetection {
        enabled: None,
        shields: None,
        admin_notification_frequency: None,
        method: None,
        stage: None,
    };
    sent(
        "PATCH /attack-protection/breached-password-detection",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::attack_protection::GetBruteForceProtection {
    };
    sent(
        "GET /attack-protection/brute-force-protection",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::attack_protection::PatchBruteForceProtection {
        enabled: None,
        shields: None,
        allowlist: None,
        mode: None,
        max_attempts: None,
    };
    sent(
        "PATCH /attack-protection/brute-force-protection",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::attack_protection::GetSuspiciousIpThrottling {
    };
    sent(
        "GET /attack-protection/suspicious-ip-throttling",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::attack_protection::PatchSuspiciousIpThrottling {
        enabled: None,
        shields: None,
        allowlist: None,
        stage: None,
    };
    sent(
        "PATCH /attack-protection/suspicious-ip-throttling",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::blacklists::GetTokens {
        aud: None,
    };
    sent("GET /blacklists/tokens", request.send(client).await.map(drop));
    let request = restpoint_auth0::blacklists::PostTokens {
        aud: None,
        jti: sample("\"sample\""),
    };
    sent("POST /blacklists/tokens", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::GetBranding {
    };
    sent("GET /branding", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::PatchBranding {
        colors: None,
        favicon_url: None,
        logo_url: None,
        font: None,
    };
    sent("PATCH /branding", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::GetUniversalLogin {
    };
    sent(
        "GET /branding/templates/universal-login",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::branding::PutUniversalLogin {
        body: sample("\"sample\""),
    };
    sent(
        "PUT /branding/templates/universal-login",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::branding::DeleteUniversalLogin {
    };
    sent(
        "DELETE /branding/templates/universal-login",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::branding::PostBrandingTheme {
        borders: sample(
            "{\"button_border_radius\":0.0,\"button_border_weight\":0.0,\"buttons_style\":\"pill\",\"input_border_radius\":0.0,\"input_border_weight\":0.0,\"inputs_style\":\"pill\",\"show_widget_shadow\":true,\"widget_border_weight\":0.0,\"widget_corner_radius\":0.0}",
        ),
        colors: sample(
            "{\"body_text\":\"sample\",\"error\":\"sample\",\"header\":\"sample\",\"icons\":\"sample\",\"input_background\":\"sample\",\"input_border\":\"sample\",\"input_filled_text\":\"sample\",\"input_labels_placeholders\":\"sample\",\"links_focused_components\":\"sample\",\"primary_button\":\"sample\",\"primary_button_label\":\"sample\",\"secondary_button_border\":\"sample\",\"secondary_button_label\":\"sample\",\"success\":\"sample\",\"widget_background\":\"sample\",\"widget_border\":\"sample\"}",
        ),
        display_name: None,
        fonts: sample(
            "{\"body_text\":{\"bold\":true,\"size\":0.0},\"buttons_text\":{\"bold\":true,\"size\":0.0},\"font_url\":\"sample\",\"input_labels\":{\"bold\":true,\"size\":0.0},\"links\":{\"bold\":true,\"size\":0.0},\"links_style\":\"normal\",\"reference_text_size\":0.0,\"subtitle\":{\"bold\":true,\"size\":0.0},\"title\":{\"bold\":true,\"size\":0.0}}",
        ),
        page_background: sample(
            "{\"background_color\":\"sample\",\"background_image_url\":\"sample\",\"page_layout\":\"center\"}",
        ),
        widget: sample(
            "{\"header_text_alignment\":\"center\",\"logo_height\":0.0,\"logo_position\":\"center\",\"logo_url\":\"sample\",\"social_buttons_layout\":\"bottom\"}",
        ),
    };
    sent("POST /branding/themes", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::GetDefaultBrandingTheme {
    };
    sent("GET /branding/themes/default", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::GetBrandingTheme {
        theme_id: sample("\"sample\""),
    };
    sent("GET /branding/themes/<theme_id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::DeleteBrandingTheme {
        theme_id: sample("\"sample\""),
    };
    sent("DELETE /branding/themes/<theme_id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::branding::PatchBrandingTheme {
        theme_id: sample("\"sample\""),
        borders: sample(
            "{\"button_border_radius\":0.0,\"button_border_weight\":0.0,\"buttons_style\":\"pill\",\"input_border_radius\":0.0,\"input_border_weight\":0.0,\"inputs_style\":\"pill\",\"show_widget_shadow\":true,\"widget_border_weight\":0.0,\"widget_corner_radius\":0.0}",
        ),
        colors: sample(
            "{\"body_text\":\"sample\",\"error\":\"sample\",\"header\":\"sample\",\"icons\":\"sample\",\"input_background\":\"sample\",\"input_border\":\"sample\",\"input_filled_text\":\"sample\",\"input_labels_placeholders\":\"sample\",\"links_focused_components\":\"sample\",\"primary_button\":\"sample\",\"primary_button_label\":\"sample\",\"secondary_button_border\":\"sample\",\"secondary_button_label\":\"sample\",\"success\":\"sample\",\"widget_background\":\"sample\",\"widget_border\":\"sample\"}",
        ),
        display_name: None,
        fonts: sample(
            "{\"body_text\":{\"bold\":true,\"size\":0.0},\"buttons_text\":{\"bold\":true,\"size\":0.0},\"font_url\":\"sample\",\"input_labels\":{\"bold\":true,\"size\":0.0},\"links\":{\"bold\":true,\"size\":0.0},\"links_style\":\"normal\",\"reference_text_size\":0.0,\"subtitle\":{\"bold\":true,\"size\":0.0},\"title\":{\"bold\":true,\"size\":0.0}}",
        ),
        page_background: sample(
            "{\"background_color\":\"sample\",\"background_image_url\":\"sample\",\"page_layout\":\"center\"}",
        ),
        widget: sample(
            "{\"header_text_alignment\":\"center\",\"logo_height\":0.0,\"logo_position\":\"center\",\"logo_url\":\"sample\",\"social_buttons_layout\":\"bottom\"}",
        ),
    };
    sent("PATCH /branding/themes/<theme_id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::client_grants::GetClientGrants {
        per_page: None,
        page: None,
        include_totals: None,
        from: None,
        take: None,
        audience: None,
        client_id: None,
        allow_any_organization: None,
    };
    sent("GET /client-grants", request.send(client).await.map(drop));
    let request = restpoint_auth0::client_grants::PostClientGrants {
        client_id: sample("\"sample\""),
        audience: sample("\"sample\""),
        organization_usage: None,
        allow_any_organization: None,
        scope: sample("[\"sample\"]"),
    };
    sent("POST /client-grants", request.send(client).await.map(drop));
    let request = restpoint_auth0::client_grants::DeleteClientGrantsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /client-grants/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::client_grants::PatchClientGrantsById {
        id: sample("\"sample\""),
        scope: None,
        organization_usage: None,
        allow_any_organization: None,
    };
    sent("PATCH /client-grants/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::GetClients {
        fields: None,
        include_fields: None,
        page: None,
        per_page: None,
        include_totals: None,
        from: None,
        take: None,
        is_global: None,
        is_first_party: None,
        app_type: None,
        q: None,
    };
    sent("GET /clients", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::PostClients {
        name: sample("\"sample\""),
        description: None,
        logo_uri: None,
        callbacks: None,
        oidc_logout: None,
        allowed_origins: None,
        web_origins: None,
        client_aliases: None,
        allowed_clients: None,
        allowed_logout_urls: None,
        grant_types: None,
        token_endpoint_auth_method: None,
        app_type: None,
        is_first_party: None,
        oidc_conformant: None,
        jwt_configuration: None,
        encryption_key: None,
        sso: None,
        cross_origin_authentication: None,
        cross_origin_loc: None,
        sso_disabled: None,
        custom_login_page_on: None,
        custom_login_page: None,
        custom_login_page_preview: None,
        form_template: None,
        addons: None,
        client_metadata: None,
        mobile: None,
        initiate_login_uri: None,
        native_social_login: None,
        refresh_token: None,
        default_organization: None,
        organization_usage: None,
        organization_require_behavior: None,
        client_authentication_methods: None,
        require_pushed_authorization_requests: None,
        require_proof_of_possession: None,
        signed_request_object: None,
        compliance_level: None,
    };
    sent("POST /clients", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::GetCredentials {
        client_id: sample("\"sample\""),
    };
    sent("GET /clients/<client_id>/credentials", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::PostCredentials {
        client_id: sample("\"sample\""),
        credential_type: sample("\"public_key\""),
        name: None,
    };
    sent("POST /clients/<client_id>/credentials", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::GetCredentialsByCredentialId {
        client_id: sample("\"sample\""),
        credential_id: sample("\"sample\""),
    };
    sent(
        "GET /clients/<client_id>/credentials/<credential_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::clients::DeleteCredentialsByCredentialId {
        client_id: sample("\"sample\""),
        credential_id: sample("\"sample\""),
    };
    sent(
        "DELETE /clients/<client_id>/credentials/<credential_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::clients::PatchCredentialsByCredentialId {
        client_id: sample("\"sample\""),
        credential_id: sample("\"sample\""),
        expires_at: None,
    };
    sent(
        "PATCH /clients/<client_id>/credentials/<credential_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::clients::GetClientsById {
        client_id: sample("\"sample\""),
        fields: None,
        include_fields: None,
    };
    sent("GET /clients/<client_id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::DeleteClientsById {
        client_id: sample("\"sample\""),
    };
    sent("DELETE /clients/<client_id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::PatchClientsById {
        client_id: sample("\"sample\""),
        name: None,
        description: None,
        client_secret: None,
        logo_uri: None,
        callbacks: None,
        oidc_logout: None,
        allowed_origins: None,
        web_origins: None,
        grant_types: None,
        client_aliases: None,
        allowed_clients: None,
        allowed_logout_urls: None,
        jwt_configuration: None,
        encryption_key: None,
        sso: None,
        cross_origin_authentication: None,
        cross_origin_loc: None,
        sso_disabled: None,
        custom_login_page_on: None,
        token_endpoint_auth_method: None,
        app_type: None,
        is_first_party: None,
        oidc_conformant: None,
        custom_login_page: None,
        custom_login_page_preview: None,
        form_template: None,
        addons: None,
        client_metadata: None,
        mobile: None,
        initiate_login_uri: None,
        native_social_login: None,
        refresh_token: None,
        default_organization: None,
        organization_usage: None,
        organization_require_behavior: None,
        client_authentication_methods: None,
        require_pushed_authorization_requests: None,
        require_proof_of_possession: None,
        signed_request_object: None,
        compliance_level: None,
    };
    sent("PATCH /clients/<client_id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::clients::PostRotateSecret {
        client_id: sample("\"sample\""),
    };
    sent(
        "POST /clients/<client_id>/rotate-secret",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::GetConnections {
        per_page: None,
        page: None,
        include_totals: None,
        from: None,
        take: None,
        strategy: None,
        name: None,
        fields: None,
        include_fields: None,
    };
    sent("GET /connections", request.send(client).await.map(drop));
    let request = restpoint_auth0::connections::PostConnections {
        name: sample("\"sample\""),
        display_name: None,
        strategy: sample("\"ad\""),
        options: None,
        enabled_clients: None,
        is_domain_connection: None,
        show_as_button: None,
        realms: None,
        metadata: None,
    };
    sent("POST /connections", request.send(client).await.map(drop));
    let request = restpoint_auth0::connections::GetConnectionsById {
        id: sample("\"sample\""),
        fields: None,
        include_fields: None,
    };
    sent("GET /connections/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::connections::DeleteConnectionsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /connections/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::connections::PatchConnectionsById {
        id: sample("\"sample\""),
        display_name: None,
        options: None,
        enabled_clients: None,
        is_domain_connection: None,
        show_as_button: None,
        realms: None,
        metadata: None,
    };
    sent("PATCH /connections/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::connections::GetScimConfiguration {
        id: sample("\"sample\""),
    };
    sent(
        "GET /connections/<id>/scim-configuration",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::PostScimConfiguration {
        id: sample("\"sample\""),
        user_id_attribute: None,
        mapping: None,
    };
    sent(
        "POST /connections/<id>/scim-configuration",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::DeleteScimConfiguration {
        id: sample("\"sample\""),
    };
    sent(
        "DELETE /connections/<id>/scim-configuration",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::PatchScimConfiguration {
        id: sample("\"sample\""),
        user_id_attribute: sample("\"sample\""),
        mapping: sample("[{}]"),
    };
    sent(
        "PATCH /connections/<id>/scim-configuration",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::GetDefaultMapping {
        id: sample("\"sample\""),
    };
    sent(
        "GET /connections/<id>/scim-configuration/default-mapping",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::GetScimTokens {
        id: sample("\"sample\""),
    };
    sent(
        "GET /connections/<id>/scim-configuration/tokens",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::PostScimToken {
        id: sample("\"sample\""),
        scopes: None,
        token_lifetime: None,
    };
    sent(
        "POST /connections/<id>/scim-configuration/tokens",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::DeleteTokensByTokenId {
        id: sample("\"sample\""),
        token_id: sample("\"sample\""),
    };
    sent(
        "DELETE /connections/<id>/scim-configuration/tokens/<token_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::connections::GetStatus {
        id: sample("\"sample\""),
    };
    sent("GET /connections/<id>/status", request.send(client).await.map(drop));
    let request = restpoint_auth0::connections::DeleteUsersByEmail {
        id: sample("\"sample\""),
        email: sample("\"sample\""),
    };
    sent("DELETE /connections/<id>/users", request.send(client).await.map(drop));
    let request = restpoint_auth0::custom_domains::GetCustomDomains {
    };
    sent("GET /custom-domains", request.send(client).await.map(drop));
    let request = restpoint_auth0::custom_domains::PostCustomDomains {
        domain: sample("\"sample\""),
        r#type: sample("\"auth0_managed_certs\""),
        verification_method: None,
        tls_policy: None,
        custom_client_ip_header: None,
    };
    sent("POST /custom-domains", request.send(client).await.map(drop));
    let request = restpoint_auth0::custom_domains::GetCustomDomainsById {
        id: sample("\"sample\""),
    };
    sent("GET /custom-domains/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::custom_domains::DeleteCustomDomainsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /custom-domains/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::custom_domains::PatchCustomDomainsById {
        id: sample("\"sample\""),
        tls_policy: None,
        custom_client_ip_header: None,
    };
    sent("PATCH /custom-domains/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::custom_domains::PostVerify {
        id: sample("\"sample\""),
    };
    sent("POST /custom-domains/<id>/verify", request.send(client).await.map(drop));
    let request = restpoint_auth0::device_credentials::GetDeviceCredentials {
        page: None,
        per_page: None,
        include_totals: None,
        fields: None,
        include_fields: None,
        user_id: None,
        client_id: None,
        r#type: None,
    };
    sent("GET /device-credentials", request.send(client).await.map(drop));
    let request = restpoint_auth0::device_credentials::PostDeviceCredentials {
        device_name: sample("\"sample\""),
        r#type: sample("\"public_key\""),
        value: sample("\"sample\""),
        device_id: sample("\"sample\""),
        client_id: None,
    };
    sent("POST /device-credentials", request.send(client).await.map(drop));
    let request = restpoint_auth0::device_credentials::DeleteDeviceCredentialsById {
        id: sample("\"dcr_0000000000000000\""),
    };
    sent("DELETE /device-credentials/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::email_templates::PostEmailTemplates {
        template: sample("\"verify_email\""),
        body: sample("\"sample\""),
        from: sample("\"sender@auth0.com\""),
        result_url: None,
        subject: sample("\"sample\""),
        syntax: sample("\"liquid\""),
        url_lifetime_in_seconds: None,
        include_email_in_redirect: None,
        enabled: sample("true"),
    };
    sent("POST /email-templates", request.send(client).await.map(drop));
    let request = restpoint_auth0::email_templates::GetEmailTemplatesByTemplateName {
        template_name: sample("\"verify_email\""),
    };
    sent("GET /email-templates/<template_name>", request.send(client).await.map(drop));
    let request = restpoint_auth0::email_templates::PutEmailTemplatesByTemplateName {
        template_name: sample("\"verify_email\""),
        template: sample("\"verify_email\""),
        body: sample("\"sample\""),
        from: sample("\"sender@auth0.com\""),
        result_url: None,
        subject: sample("\"sample\""),
        syntax: sample("\"liquid\""),
        url_lifetime_in_seconds: None,
        include_email_in_redirect: None,
        enabled: sample("true"),
    };
    sent("PUT /email-templates/<template_name>", request.send(client).await.map(drop));
    let request = restpoint_auth0::email_templates::PatchEmailTemplatesByTemplateName {
        template_name: sample("\"verify_email\""),
        template: None,
        body: None,
        from: None,
        result_url: None,
        subject: None,
        syntax: None,
        url_lifetime_in_seconds: None,
        include_email_in_redirect: None,
        enabled: None,
    };
    sent("PATCH /email-templates/<template_name>", request.send(client).await.map(drop));
    let request = restpoint_auth0::emails::GetProvider {
        fields: None,
        include_fields: None,
    };
    sent("GET /emails/provider", request.send(client).await.map(drop));
    let request = restpoint_auth0::emails::PostProvider {
        name: sample("\"mandrill\""),
        enabled: None,
        default_from_address: None,
        credentials: sample("{\"api_key\":\"sample\"}"),
        settings: None,
    };
    sent("POST /emails/provider", request.send(client).await.map(drop));
    let request = restpoint_auth0::emails::PatchProvider {
        name: None,
        enabled: None,
        default_from_address: None,
        credentials: None,
        settings: None,
    };
    sent("PATCH /emails/provider", request.send(client).await.map(drop));
    let request = restpoint_auth0::grants::GetGrants {
        per_page: None,
        page: None,
        include_totals: None,
        user_id: None,
        client_id: None,
        audience: None,
    };
    sent("GET /grants", request.send(client).await.map(drop));
    let request = restpoint_auth0::grants::DeleteGrantsByUserId {
        user_id: sample("\"sample\""),
    };
    sent("DELETE /grants", request.send(client).await.map(drop));
    let request = restpoint_auth0::grants::DeleteGrantsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /grants/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::PostTicket {
        user_id: sample("\"sample\""),
        email: None,
        send_mail: None,
        email_locale: None,
    };
    sent("POST /guardian/enrollments/ticket", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::GetEnrollmentsById {
        id: sample("\"dev_-\""),
    };
    sent("GET /guardian/enrollments/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::DeleteEnrollmentsById {
        id: sample("\"dev_-\""),
    };
    sent("DELETE /guardian/enrollments/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::GetFactors {
    };
    sent("GET /guardian/factors", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::GetMessageTypes {
    };
    sent(
        "GET /guardian/factors/phone/message-types",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutMessageTypes {
        message_types: sample("[\"sms\"]"),
    };
    sent(
        "PUT /guardian/factors/phone/message-types",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetPhoneTwilioFactorProvider {
    };
    sent(
        "GET /guardian/factors/phone/providers/twilio",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutTwilio {
        from: None,
        messaging_service_sid: None,
        auth_token: None,
        sid: None,
    };
    sent(
        "PUT /guardian/factors/phone/providers/twilio",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetGuardianPhoneProviders {
    };
    sent(
        "GET /guardian/factors/phone/selected-provider",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutPhoneProviders {
        provider: sample("\"auth0\""),
    };
    sent(
        "PUT /guardian/factors/phone/selected-provider",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetFactorPhoneTemplates {
    };
    sent("GET /guardian/factors/phone/templates", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::PutFactorPhoneTemplates {
        enrollment_message: sample(
            "\"{{code}} is your verification code for {{tenant.friendly_name}}. Please enter this code to verify your enrollment.\"",
        ),
        verification_message: sample(
            "\"{{code}} is your verification code for {{tenant.friendly_name}}\"",
        ),
    };
    sent("PUT /guardian/factors/phone/templates", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::GetApns {
    };
    sent(
        "GET /guardian/factors/push-notification/providers/apns",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutApns {
        sandbox: None,
        bundle_id: None,
        p12: None,
    };
    sent(
        "PUT /guardian/factors/push-notification/providers/apns",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PatchApns {
        sandbox: None,
        bundle_id: None,
        p12: None,
    };
    sent(
        "PATCH /guardian/factors/push-notification/providers/apns",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutFcm {
        server_key: None,
    };
    sent(
        "PUT /guardian/factors/push-notification/providers/fcm",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PatchFcm {
        server_key: None,
    };
    sent(
        "PATCH /guardian/factors/push-notification/providers/fcm",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetSns {
    };
    sent(
        "GET /guardian/factors/push-notification/providers/sns",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutSns {
        aws_access_key_id: None,
        aws_secret_access_key: None,
        aws_region: None,
        sns_apns_platform_application_arn: None,
        sns_gcm_platform_application_arn: None,
    };
    sent(
        "PUT /guardian/factors/push-notification/providers/sns",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PatchSns {
        aws_access_key_id: None,
        aws_secret_access_key: None,
        aws_region: None,
        sns_apns_platform_application_arn: None,
        sns_gcm_platform_application_arn: None,
    };
    sent(
        "PATCH /guardian/factors/push-notification/providers/sns",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetPnProviders {
    };
    sent(
        "GET /guardian/factors/push-notification/selected-provider",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutPnProviders {
        provider: sample("\"guardian\""),
    };
    sent(
        "PUT /guardian/factors/push-notification/selected-provider",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetSmsTwilioFactorProvider {
    };
    sent(
        "GET /guardian/factors/sms/providers/twilio",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutSmsTwilioFactorProvider {
        from: None,
        messaging_service_sid: None,
        auth_token: None,
        sid: None,
    };
    sent(
        "PUT /guardian/factors/sms/providers/twilio",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetSmsProviders {
    };
    sent(
        "GET /guardian/factors/sms/selected-provider",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::PutSmsProviders {
        provider: sample("\"auth0\""),
    };
    sent(
        "PUT /guardian/factors/sms/selected-provider",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::guardian::GetFactorSmsTemplates {
    };
    sent("GET /guardian/factors/sms/templates", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::PutFactorSmsTemplates {
        enrollment_message: sample(
            "\"{{code}} is your verification code for {{tenant.friendly_name}}. Please enter this code to verify your enrollment.\"",
        ),
        verification_message: sample(
            "\"{{code}} is your verification code for {{tenant.friendly_name}}\"",
        ),
    };
    sent("PUT /guardian/factors/sms/templates", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::PutFactorsByName {
        name: sample("\"push-notification\""),
        enabled: sample("true"),
    };
    sent("PUT /guardian/factors/<name>", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::GetPolicies {
    };
    sent("GET /guardian/policies", request.send(client).await.map(drop));
    let request = restpoint_auth0::guardian::PutPolicies {
        body: sample("[\"all-applications\"]"),
    };
    sent("PUT /guardian/policies", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::GetHooks {
        page: None,
        per_page: None,
        include_totals: None,
        enabled: None,
        fields: None,
        trigger_id: None,
    };
    sent("GET /hooks", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::PostHooks {
        name: sample("\"my-hook\""),
        script: sample(
            "\"module.exports = function(client, scope, audience, context, cb) cb(null, access_token); };\"",
        ),
        enabled: None,
        dependencies: None,
        trigger_id: sample("\"credentials-exchange\""),
    };
    sent("POST /hooks", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::GetHooksById {
        id: sample("\"-\""),
        fields: None,
    };
    sent("GET /hooks/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::DeleteHooksById {
        id: sample("\"-\""),
    };
    sent("DELETE /hooks/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::PatchHooksById {
        id: sample("\"-\""),
        name: None,
        script: None,
        enabled: None,
        dependencies: None,
    };
    sent("PATCH /hooks/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::GetSecrets {
        id: sample("\"-\""),
    };
    sent("GET /hooks/<id>/secrets", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::PostSecrets {
        id: sample("\"-\""),
        body: sample("{}"),
    };
    sent("POST /hooks/<id>/secrets", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::DeleteSecrets {
        id: sample("\"-\""),
        body: sample("[\"sample\"]"),
    };
    sent("DELETE /hooks/<id>/secrets", request.send(client).await.map(drop));
    let request = restpoint_auth0::hooks::PatchSecrets {
        id: sample("\"-\""),
        body: sample("{}"),
    };
    sent("PATCH /hooks/<id>/secrets", request.send(client).await.map(drop));
    let request = restpoint_auth0::jobs::PostUsersExports {
        connection_id: None,
        format: None,
        limit: None,
        fields: None,
    };
    sent("POST /jobs/users-exports", request.send(client).await.map(drop));
    let request = restpoint_auth0::jobs::PostUsersImports {
        users: restpoint::multipart::File::new(
            "sample.json",
            "application/json",
            b"[]".as_slice(),
        ),
        connection_id: sample("\"con_0000000000000001\""),
        upsert: None,
        external_id: None,
        send_completion_email: None,
    };
    sent("POST /jobs/users-imports", request.send(client).await.map(drop));
    let request = restpoint_auth0::jobs::PostVerificationEmail {
        user_id: sample("\"google-oauth2|1234\""),
        client_id: None,
        identity: None,
        organization_id: None,
    };
    sent("POST /jobs/verification-email", request.send(client).await.map(drop));
    let request = restpoint_auth0::jobs::GetJobsById {
        id: sample("\"job_0000000000000000\""),
    };
    sent("GET /jobs/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::jobs::GetErrors {
        id: sample("\"job_0000000000000000\""),
    };
    sent("GET /jobs/<id>/errors", request.send(client).await.map(drop));
    let request = restpoint_auth0::keys::GetSigningKeys {
    };
    sent("GET /keys/signing", request.send(client).await.map(drop));
    let request = restpoint_auth0::keys::PostSigningKeys {
    };
    sent("POST /keys/signing/rotate", request.send(client).await.map(drop));
    let request = restpoint_auth0::keys::GetSigningKey {
        kid: sample("\"sample\""),
    };
    sent("GET /keys/signing/<kid>", request.send(client).await.map(drop));
    let request = restpoint_auth0::keys::PutSigningKeys {
        kid: sample("\"sample\""),
    };
    sent("PUT /keys/signing/<kid>/revoke", request.send(client).await.map(drop));
    let request = restpoint_auth0::log_streams::GetLogStreams {
    };
    sent("GET /log-streams", request.send(client).await.map(drop));
    let request = restpoint_auth0::log_streams::PostLogStreams {
        body: sample("{\"sink\":{\"httpEndpoint\":\"sample\"},\"type\":\"http\"}"),
    };
    sent("POST /log-streams", request.send(client).await.map(drop));
    let request = restpoint_auth0::log_streams::GetLogStreamsById {
        id: sample("\"sample\""),
    };
    sent("GET /log-streams/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::log_streams::DeleteLogStreamsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /log-streams/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::log_streams::PatchLogStreamsById {
        id: sample("\"sample\""),
        name: None,
        status: None,
        is_priority: None,
        filters: None,
        sink: None,
    };
    sent("PATCH /log-streams/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::logs::GetLogs {
        page: None,
        per_page: None,
        sort: None,
        fields: None,
        include_fields: None,
        include_totals: None,
        from: None,
        take: None,
        q: None,
    };
    sent("GET /logs", request.send(client).await.map(drop));
    let request = restpoint_auth0::logs::GetLogsById {
        id: sample("\"sample\""),
    };
    sent("GET /logs/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::GetOrganizations {
        page: None,
        per_page: None,
        include_totals: None,
        from: None,
        take: None,
        sort: None,
    };
    sent("GET /organizations", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::PostOrganizations {
        name: sample("\"organization-1\""),
        display_name: None,
        branding: None,
        metadata: None,
        enabled_connections: None,
    };
    sent("POST /organizations", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::GetNameByName {
        name: sample("\"sample\""),
    };
    sent("GET /organizations/name/<name>", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::GetOrganizationsById {
        id: sample("\"sample\""),
    };
    sent("GET /organizations/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::DeleteOrganizationsById {
        id: sample("\"sample\""),
    };
    sent("DELETE /organizations/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::PatchOrganizationsById {
        id: sample("\"sample\""),
        display_name: None,
        name: None,
        branding: None,
        metadata: None,
    };
    sent("PATCH /organizations/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::GetEnabledConnections {
        id: sample("\"sample\""),
        page: None,
        per_page: None,
        include_totals: None,
    };
    sent(
        "GET /organizations/<id>/enabled_connections",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::PostEnabledConnections {
        id: sample("\"sample\""),
        connection_id: sample("\"sample\""),
        assign_membership_on_login: None,
        is_signup_enabled: None,
        show_as_button: None,
    };
    sent(
        "POST /organizations/<id>/enabled_connections",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::GetEnabledConnectionsByConnectionId {
        id: sample("\"sample\""),
        connection_id: sample("\"sample\""),
    };
    sent(
        "GET /organizations/<id>/enabled_connections/<connection_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::DeleteEnabledConnectionsByConnectionId {
        id: sample("\"sample\""),
        connection_id: sample("\"sample\""),
    };
    sent(
        "DELETE /organizations/<id>/enabled_connections/<connection_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::PatchEnabledConnectionsByConnectionId {
        id: sample("\"sample\""),
        connection_id: sample("\"sample\""),
        assign_membership_on_login: None,
        is_signup_enabled: None,
        show_as_button: None,
    };
    sent(
        "PATCH /organizations/<id>/enabled_connections/<connection_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::GetInvitations {
        id: sample("\"sample\""),
        page: None,
        per_page: None,
        include_totals: None,
        fields: None,
        include_fields: None,
        sort: None,
    };
    sent("GET /organizations/<id>/invitations", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::PostInvitations {
        id: sample("\"sample\""),
        inviter: sample("{\"name\":\"Jane Doe\"}"),
        invitee: sample("{\"email\":\"john.doe@gmail.com\"}"),
        client_id: sample("\"AaiyAPdpYdesoKnqjj8HJqRn4T5titww\""),
        connection_id: None,
        app_metadata: None,
        user_metadata: None,
        ttl_sec: None,
        roles: None,
        send_invitation_email: None,
    };
    sent("POST /organizations/<id>/invitations", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::GetInvitationsByInvitationId {
        id: sample("\"sample\""),
        invitation_id: sample("\"sample\""),
        fields: None,
        include_fields: None,
    };
    sent(
        "GET /organizations/<id>/invitations/<invitation_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::DeleteInvitationsByInvitationId {
        id: sample("\"sample\""),
        invitation_id: sample("\"sample\""),
    };
    sent(
        "DELETE /organizations/<id>/invitations/<invitation_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::GetMembers {
        id: sample("\"sample\""),
        page: None,
        per_page: None,
        include_totals: None,
        from: None,
        take: None,
        fields: None,
        include_fields: None,
    };
    sent("GET /organizations/<id>/members", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::PostMembers {
        id: sample("\"sample\""),
        members: sample("[\"sample\"]"),
    };
    sent("POST /organizations/<id>/members", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::DeleteMembers {
        id: sample("\"sample\""),
        members: sample("[\"sample\"]"),
    };
    sent("DELETE /organizations/<id>/members", request.send(client).await.map(drop));
    let request = restpoint_auth0::organizations::GetOrganizationMemberRoles {
        id: sample("\"sample\""),
        user_id: sample("\"sample\""),
        page: None,
        per_page: None,
        include_totals: None,
    };
    sent(
        "GET /organizations/<id>/members/<user_id>/roles",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::PostOrganizationMemberRoles {
        id: sample("\"sample\""),
        user_id: sample("\"sample\""),
        roles: sample("[\"sample\"]"),
    };
    sent(
        "POST /organizations/<id>/members/<user_id>/roles",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::organizations::DeleteOrganizationMemberRoles {
        id: sample("\"sample\""),
        user_id: sample("\"sample\""),
        roles: sample("[\"sample\"]"),
    };
    sent(
        "DELETE /organizations/<id>/members/<user_id>/roles",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::prompts::GetPrompts {
    };
    sent("GET /prompts", request.send(client).await.map(drop));
    let request = restpoint_auth0::prompts::PatchPrompts {
        universal_login_experience: None,
        identifier_first: None,
        webauthn_platform_first_factor: None,
    };
    sent("PATCH /prompts", request.send(client).await.map(drop));
    let request = restpoint_auth0::prompts::GetCustomTextByLanguage {
        prompt: sample("\"login\""),
        language: sample("\"am\""),
    };
    sent(
        "GET /prompts/<prompt>/custom-text/<language>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::prompts::PutCustomTextByLanguage {
        prompt: sample("\"login\""),
        language: sample("\"am\""),
        body: sample("{}"),
    };
    sent(
        "PUT /prompts/<prompt>/custom-text/<language>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::prompts::GetPartials {
        prompt: sample("\"login\""),
    };
    sent("GET /prompts/<prompt>/partials", request.send(client).await.map(drop));
    let request = restpoint_auth0::prompts::PutPartials {
        prompt: sample("\"login\""),
        body: sample("{}"),
    };
    sent("PUT /prompts/<prompt>/partials", request.send(client).await.map(drop));
    let request = restpoint_auth0::refresh_tokens::GetRefreshToken {
        id: sample("\"sample\""),
    };
    sent("GET /refresh-tokens/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::refresh_tokens::DeleteRefreshToken {
        id: sample("\"sample\""),
    };
    sent("DELETE /refresh-tokens/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::resource_servers::GetResourceServers {
        identifiers: None,
        page: None,
        per_page: None,
        include_totals: None,
        include_fields: None,
    };
    sent("GET /resource-servers", request.send(client).await.map(drop));
    let request = restpoint_auth0::resource_servers::PostResourceServers {
        name: None,
        identifier: sample("\"sample\""),
        scopes: None,
        signing_alg: None,
        signing_secret: None,
        allow_offline_access: None,
        token_lifetime: None,
        token_dialect: None,
        skip_consent_for_verifiable_first_party_clients: None,
        enforce_policies: None,
        client: None,
        token_encryption: None,
        consent_policy: None,
        authorization_details: None,
        proof_of_possession: None,
    };
    sent("POST /resource-servers", request.send(client).await.map(drop));
    let request = restpoint_auth0::resource_servers::GetResourceServersById {
        id: sample("\"sample\""),
        include_fields: None,
    };
    sent("GET /resource-servers/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::resource_servers::DeleteResourceServersById {
        id: sample("\"sample\""),
    };
    sent("DELETE /resource-servers/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::resource_servers::PatchResourceServersById {
        id: sample("\"sample\""),
        name: None,
        scopes: None,
        signing_alg: None,
        signing_secret: None,
        skip_consent_for_verifiable_first_party_clients: None,
        allow_offline_access: None,
        token_lifetime: None,
        token_dialect: None,
        enforce_policies: None,
        client: None,
        token_encryption: None,
        consent_policy: None,
        authorization_details: None,
        proof_of_possession: None,
    };
    sent("PATCH /resource-servers/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::GetRoles {
        per_page: None,
        page: None,
        include_totals: None,
        name_filter: None,
    };
    sent("GET /roles", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::PostRoles {
        name: sample("\"sample\""),
        description: None,
    };
    sent("POST /roles", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::GetRolesById {
        id: sample("\"sample\""),
    };
    sent("GET /roles/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::DeleteRolesById {
        id: sample("\"sample\""),
    };
    sent("DELETE /roles/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::PatchRolesById {
        id: sample("\"sample\""),
        name: None,
        description: None,
    };
    sent("PATCH /roles/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::GetRolePermission {
        id: sample("\"sample\""),
        per_page: None,
        page: None,
        include_totals: None,
    };
    sent("GET /roles/<id>/permissions", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::PostRolePermissionAssignment {
        id: sample("\"sample\""),
        permissions: sample(
            "[{\"permission_name\":\"sample\",\"resource_server_identifier\":\"sample\"}]",
        ),
    };
    sent("POST /roles/<id>/permissions", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::DeleteRolePermissionAssignment {
        id: sample("\"sample\""),
        permissions: sample(
            "[{\"permission_name\":\"sample\",\"resource_server_identifier\":\"sample\"}]",
        ),
    };
    sent("DELETE /roles/<id>/permissions", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::GetRoleUser {
        id: sample("\"sample\""),
        per_page: None,
        page: None,
        include_totals: None,
        from: None,
        take: None,
    };
    sent("GET /roles/<id>/users", request.send(client).await.map(drop));
    let request = restpoint_auth0::roles::PostRoleUsers {
        id: sample("\"sample\""),
        users: sample("[\"sample\"]"),
    };
    sent("POST /roles/<id>/users", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules::GetRules {
        page: None,
        per_page: None,
        include_totals: None,
        enabled: None,
        fields: None,
        include_fields: None,
    };
    sent("GET /rules", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules::PostRules {
        name: sample("\"my-rule\""),
        script: sample(
            "\"function (user, context, callback) {\\n  callback(null, user, context);\\n}\"",
        ),
        order: None,
        enabled: None,
    };
    sent("POST /rules", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules::GetRulesById {
        id: sample("\"rul_0000000000000000\""),
        fields: None,
        include_fields: None,
    };
    sent("GET /rules/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules::DeleteRulesById {
        id: sample("\"rul_0000000000000000\""),
    };
    sent("DELETE /rules/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules::PatchRulesById {
        id: sample("\"rul_0000000000000000\""),
        script: None,
        name: None,
        order: None,
        enabled: None,
    };
    sent("PATCH /rules/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules_configs::GetRulesConfigs {
    };
    sent("GET /rules-configs", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules_configs::PutRulesConfigsByKey {
        key: sample("\"*\""),
        value: sample("\"MY_RULES_CONFIG_VALUE\""),
    };
    sent("PUT /rules-configs/<key>", request.send(client).await.map(drop));
    let request = restpoint_auth0::rules_configs::DeleteRulesConfigsByKey {
        key: sample("\"*\""),
    };
    sent("DELETE /rules-configs/<key>", request.send(client).await.map(drop));
    let request = restpoint_auth0::sessions::GetSession {
        id: sample("\"sample\""),
    };
    sent("GET /sessions/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::sessions::DeleteSession {
        id: sample("\"sample\""),
    };
    sent("DELETE /sessions/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::stats::GetActiveUsers {
    };
    sent("GET /stats/active-users", request.send(client).await.map(drop));
    let request = restpoint_auth0::stats::GetDaily {
        from: None,
        to: None,
    };
    sent("GET /stats/daily", request.send(client).await.map(drop));
    let request = restpoint_auth0::tenants::TenantSettingsRoute {
        fields: None,
        include_fields: None,
    };
    sent("GET /tenants/settings", request.send(client).await.map(drop));
    let request = restpoint_auth0::tenants::PatchSettings {
        change_password: None,
        device_flow: None,
        guardian_mfa_page: None,
        default_audience: None,
        default_directory: None,
        error_page: None,
        flags: None,
        friendly_name: None,
        picture_url: None,
        support_email: None,
        support_url: None,
        allowed_logout_urls: None,
        session_lifetime: None,
        idle_session_lifetime: None,
        sandbox_version: None,
        legacy_sandbox_version: None,
        default_redirection_uri: None,
        enabled_locales: None,
        session_cookie: None,
        sessions: None,
        oidc_logout: None,
        customize_mfa_in_postlogin_action: None,
        allow_organization_name_in_authentication_api: None,
        acr_values_supported: None,
        mtls: None,
        pushed_authorization_requests_supported: None,
    };
    sent("PATCH /tenants/settings", request.send(client).await.map(drop));
    let request = restpoint_auth0::tickets::PostEmailVerification {
        result_url: None,
        user_id: sample("\"sample\""),
        client_id: None,
        organization_id: None,
        ttl_sec: None,
        include_email_in_redirect: None,
        identity: None,
    };
    sent("POST /tickets/email-verification", request.send(client).await.map(drop));
    let request = restpoint_auth0::tickets::PostPasswordChange {
        result_url: None,
        user_id: None,
        client_id: None,
        organization_id: None,
        connection_id: None,
        email: None,
        ttl_sec: None,
        mark_email_as_verified: None,
        include_email_in_redirect: None,
    };
    sent("POST /tickets/password-change", request.send(client).await.map(drop));
    let request = restpoint_auth0::user_blocks::GetUserBlocks {
        identifier: sample("\"sample\""),
        consider_brute_force_enablement: None,
    };
    sent("GET /user-blocks", request.send(client).await.map(drop));
    let request = restpoint_auth0::user_blocks::DeleteUserBlocks {
        identifier: sample("\"sample\""),
    };
    sent("DELETE /user-blocks", request.send(client).await.map(drop));
    let request = restpoint_auth0::user_blocks::GetUserBlocksById {
        id: sample("\"sample\""),
        consider_brute_force_enablement: None,
    };
    sent("GET /user-blocks/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::user_blocks::DeleteUserBlocksById {
        id: sample("\"sample\""),
    };
    sent("DELETE /user-blocks/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetUsers {
        page: None,
        per_page: None,
        include_totals: None,
        sort: None,
        connection: None,
        fields: None,
        include_fields: None,
        q: None,
        search_engine: None,
    };
    sent("GET /users", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostUsers {
        email: None,
        phone_number: None,
        user_metadata: None,
        blocked: None,
        email_verified: None,
        phone_verified: None,
        app_metadata: None,
        given_name: None,
        family_name: None,
        name: None,
        nickname: None,
        picture: None,
        user_id: None,
        connection: sample("\"Initial-Connection\""),
        password: None,
        verify_email: None,
        username: None,
    };
    sent("POST /users", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetUsersById {
        id: sample("\"sample\""),
        fields: None,
        include_fields: None,
    };
    sent("GET /users/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::DeleteUsersById {
        id: sample("\"sample\""),
    };
    sent("DELETE /users/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PatchUsersById {
        id: sample("\"sample\""),
        blocked: None,
        email_verified: None,
        email: None,
        phone_number: None,
        phone_verified: None,
        user_metadata: None,
        app_metadata: None,
        given_name: None,
        family_name: None,
        name: None,
        nickname: None,
        picture: None,
        verify_email: None,
        verify_phone_number: None,
        password: None,
        connection: None,
        client_id: None,
        username: None,
    };
    sent("PATCH /users/<id>", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetAuthenticationMethods {
        id: sample("\"sample\""),
        page: None,
        per_page: None,
        include_totals: None,
    };
    sent("GET /users/<id>/authentication-methods", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PutAuthenticationMethods {
        id: sample("\"sample\""),
        body: sample("[{\"type\":\"phone\"}]"),
    };
    sent("PUT /users/<id>/authentication-methods", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostAuthenticationMethods {
        id: sample("\"sample\""),
        r#type: sample("\"phone\""),
        name: None,
        totp_secret: None,
        phone_number: None,
        email: None,
        preferred_authentication_method: None,
        key_id: None,
        public_key: None,
        relying_party_identifier: None,
    };
    sent(
        "POST /users/<id>/authentication-methods",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::DeleteAuthenticationMethods {
        id: sample("\"sample\""),
    };
    sent(
        "DELETE /users/<id>/authentication-methods",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::GetAuthenticationMethodsByAuthenticationMethodId {
        id: sample("\"sample\""),
        authentication_method_id: sample("\"sample\""),
    };
    sent(
        "GET /users/<id>/authentication-methods/<authentication_method_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::DeleteAuthenticationMethodsByAuthenticationMethodId {
        id: sample("\"sample\""),
        authentication_method_id: sample("\"sample\""),
    };
    sent(
        "DELETE /users/<id>/authentication-methods/<authentication_method_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::PatchAuthenticationMethodsByAuthenticationMethodId {
        id: sample("\"sample\""),
        authentication_method_id: sample("\"sample\""),
        name: None,
        preferred_authentication_method: None,
    };
    sent(
        "PATCH /users/<id>/authentication-methods/<authentication_method_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::DeleteAuthenticators {
        id: sample("\"sample\""),
    };
    sent("DELETE /users/<id>/authenticators", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetEnrollments {
        id: sample("\"sample\""),
    };
    sent("GET /users/<id>/enrollments", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostIdentities {
        id: sample("\"sample\""),
        provider: None,
        connection_id: None,
        user_id: None,
        link_with: None,
    };
    sent("POST /users/<id>/identities", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::DeleteUserIdentityByUserId {
        id: sample("\"sample\""),
        provider: sample("\"ad\""),
        user_id: sample("\"sample\""),
    };
    sent(
        "DELETE /users/<id>/identities/<provider>/<user_id>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::GetLogsByUser {
        id: sample("\"sample\""),
        page: None,
        per_page: None,
        sort: None,
        include_totals: None,
    };
    sent("GET /users/<id>/logs", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostInvalidateRememberBrowser {
        id: sample("\"sample\""),
    };
    sent(
        "POST /users/<id>/multifactor/actions/invalidate-remember-browser",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::DeleteMultifactorByProvider {
        id: sample("\"sample\""),
        provider: sample("\"duo\""),
    };
    sent(
        "DELETE /users/<id>/multifactor/<provider>",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::GetUserOrganizations {
        id: sample("\"sample\""),
        page: None,
        per_page: None,
        include_totals: None,
    };
    sent("GET /users/<id>/organizations", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetPermissions {
        id: sample("\"sample\""),
        per_page: None,
        page: None,
        include_totals: None,
    };
    sent("GET /users/<id>/permissions", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostPermissions {
        id: sample("\"sample\""),
        permissions: sample(
            "[{\"permission_name\":\"sample\",\"resource_server_identifier\":\"sample\"}]",
        ),
    };
    sent("POST /users/<id>/permissions", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::DeletePermissions {
        id: sample("\"sample\""),
        permissions: sample(
            "[{\"permission_name\":\"sample\",\"resource_server_identifier\":\"sample\"}]",
        ),
    };
    sent("DELETE /users/<id>/permissions", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostRecoveryCodeRegeneration {
        id: sample("\"sample\""),
    };
    sent(
        "POST /users/<id>/recovery-code-regeneration",
        request.send(client).await.map(drop),
    );
    let request = restpoint_auth0::users::GetUserRoles {
        id: sample("\"sample\""),
        per_page: None,
        page: None,
        include_totals: None,
    };
    sent("GET /users/<id>/roles", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::PostUserRoles {
        id: sample("\"sample\""),
        roles: sample("[\"sample\"]"),
    };
    sent("POST /users/<id>/roles", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::DeleteUserRoles {
        id: sample("\"sample\""),
        roles: sample("[\"sample\"]"),
    };
    sent("DELETE /users/<id>/roles", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetRefreshTokensForUser {
        user_id: sample("\"sample\""),
        include_totals: None,
        from: None,
        take: None,
    };
    sent("GET /users/<user_id>/refresh-tokens", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::DeleteRefreshTokensForUser {
        user_id: sample("\"sample\""),
    };
    sent("DELETE /users/<user_id>/refresh-tokens", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::GetSessionsForUser {
        user_id: sample("\"sample\""),
        include_totals: None,
        from: None,
        take: None,
    };
    sent("GET /users/<user_id>/sessions", request.send(client).await.map(drop));
    let request = restpoint_auth0::users::DeleteSessionsForUser {
        user_id: sample("\"sample\""),
    };
    sent("DELETE /users/<user_id>/sessions", request.send(client).await.map(drop));
    let request = restpoint_auth0::users_by_email::GetUsersByEmail {
        fields: None,
        include_fields: None,
        email: sample("\"sample\""),
    };
    sent("GET /users-by-email", request.send(client).await.map(drop));
}
