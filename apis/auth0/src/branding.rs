//! `branding`: 10 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get branding settings
///
/// `GET /branding` (`get_branding`).
#[endpoint(GET, "/branding", response = GetBranding200Response, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetBranding {}
/// Update branding settings
///
/// `PATCH /branding` (`patch_branding`).
#[endpoint(PATCH, "/branding", response = GetBranding200Response, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchBranding {
    pub colors: Option<PatchBrandingRequestColors>,
    /// URL for the favicon. Must use HTTPS.
    pub favicon_url: Option<String>,
    /// URL for the logo. Must use HTTPS.
    pub logo_url: Option<String>,
    pub font: Option<PatchBrandingRequestFont>,
}

/// Get template for New Universal Login Experience
///
/// `GET /branding/templates/universal-login` (`get_universal-login`).
#[endpoint(
    GET,
    "/branding/templates/universal-login",
    response = GetUniversalLogin200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetUniversalLogin {}
/// Set template for New Universal Login Experience
///
/// `PUT /branding/templates/universal-login` (`put_universal-login`).
#[endpoint(PUT, "/branding/templates/universal-login", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PutUniversalLogin {
    #[body]
    pub body: PutUniversalLoginRequest,
}

/// Delete template for New Universal Login Experience
///
/// `DELETE /branding/templates/universal-login` (`delete_universal-login`).
#[endpoint(
    DELETE,
    "/branding/templates/universal-login",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUniversalLogin {}
/// Create branding theme
///
/// `POST /branding/themes` (`post_branding_theme`).
#[endpoint(
    POST,
    "/branding/themes",
    response = PostBrandingTheme200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostBrandingTheme {
    pub borders: PostBrandingThemeRequestBorders,
    pub colors: PostBrandingThemeRequestColors,
    /// Display Name
    #[serde(rename = "displayName")]
    pub display_name: Option<String>,
    pub fonts: PostBrandingThemeRequestFonts,
    pub page_background: PostBrandingThemeRequestPageBackground,
    pub widget: PostBrandingThemeRequestWidget,
}

/// Get default branding theme
///
/// `GET /branding/themes/default` (`get_default_branding_theme`).
#[endpoint(
    GET,
    "/branding/themes/default",
    response = PostBrandingTheme200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetDefaultBrandingTheme {}
/// Get branding theme
///
/// `GET /branding/themes/{themeId}` (`get_branding_theme`).
#[endpoint(
    GET,
    "/branding/themes/<theme_id>",
    response = PostBrandingTheme200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetBrandingTheme {
    /// The ID of the theme
    pub theme_id: String,
}

/// Delete branding theme
///
/// `DELETE /branding/themes/{themeId}` (`delete_branding_theme`).
#[endpoint(DELETE, "/branding/themes/<theme_id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteBrandingTheme {
    /// The ID of the theme
    pub theme_id: String,
}

/// Update branding theme
///
/// `PATCH /branding/themes/{themeId}` (`patch_branding_theme`).
#[endpoint(
    PATCH,
    "/branding/themes/<theme_id>",
    response = PostBrandingTheme200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchBrandingTheme {
    /// The ID of the theme
    pub theme_id: String,
    pub borders: PostBrandingThemeRequestBorders,
    pub colors: PostBrandingThemeRequestColors,
    /// Display Name
    #[serde(rename = "displayName")]
    pub display_name: Option<String>,
    pub fonts: PostBrandingThemeRequestFonts,
    pub page_background: PostBrandingThemeRequestPageBackground,
    pub widget: PostBrandingThemeRequestWidget,
}
