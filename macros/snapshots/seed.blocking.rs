// `#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]`, expanded: see `macros/src/snapshots.rs`.

/// Auth0's *Link a user account*.
pub struct LinkUserAccount {
    pub id: String,
    pub provider: Option<String>,
    pub connection_id: Option<String>,
    pub user_id: Option<String>,
    pub link_with: Option<String>,
}
const _: () = {
    use ::restpoint::__private as __rp;
    #[automatically_derived]
    impl __rp::Endpoint for LinkUserAccount {
        type Response = Vec<Identity>;
        type Format = __rp::Json;
        const METHOD: __rp::Method = __rp::Method::POST;
        const PATH_TEMPLATE: &'static str = "/api/v2/users/<id>/identities";
        fn write_path(&self, __path: &mut __rp::PathWriter<'_>) -> __rp::Result {
            __path.push_literal("/api/v2/users/");
            __path.push_segment("id", &self.id)?;
            __path.push_literal("/identities");
            __rp::Ok(())
        }
        fn body(&self) -> __rp::Result<__rp::Option<__rp::Body>> {
            __rp::Body::json(&__rp::MembersOf::<_, { __rp::BODY }>(self)).map(__rp::Some)
        }
    }
    impl __rp::Members<{ __rp::BODY }> for LinkUserAccount {
        const LEN: usize = 4usize;
        fn write<__S: __rp::SerializeStruct>(
            &self,
            __fields: &mut __rp::Fields<'_, __S>,
        ) -> __rp::Result<(), __S::Error> {
            __fields.optional("provider", &self.provider)?;
            __fields.optional("connection_id", &self.connection_id)?;
            __fields.optional("user_id", &self.user_id)?;
            __fields.optional("link_with", &self.link_with)?;
            __rp::Ok(())
        }
    }
    __rp::methods!(
        [] [LinkUserAccount] [] '__restpoint_c, pub, Vec < Identity >,
        " Sends `POST /api/v2/users/<id>/identities` with `client` and decodes the answer. The request is built at\n once; the future borrows only `client`."
    );
};
