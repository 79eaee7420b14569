// `#[endpoint(POST, "/api/v2/jobs/users-imports", body = multipart, error = ApiError, error(413) = TooLarge, error(5XX) = Unavailable)]`, expanded: see `macros/src/snapshots.rs`.

pub struct ImportUsers {
    pub users: File,
    pub connection_id: String,
    pub upsert: Option<bool>,
    pub external: Option<String>,
}
const _: () = {
    use ::restpoint::__private as __rp;
    #[automatically_derived]
    impl __rp::Endpoint for ImportUsers {
        type Response = ::restpoint::__private::serde_json::Value;
        type Format = __rp::Json;
        const METHOD: __rp::Method = __rp::Method::POST;
        const PATH_TEMPLATE: &'static str = "/api/v2/jobs/users-imports";
        fn write_path(&self, __path: &mut __rp::PathWriter<'_>) -> __rp::Result {
            __path.push_literal("/api/v2/jobs/users-imports");
            __rp::Ok(())
        }
        fn body(&self) -> __rp::Result<__rp::Option<__rp::Body>> {
            let mut __form = __rp::Form::new();
            __rp::Part::add_to(&self.users, "users", &mut __form);
            __rp::Part::add_to(&self.connection_id, "connection_id", &mut __form);
            if let __rp::Some(__part) = &self.upsert {
                __rp::Part::add_to(__part, "upsert", &mut __form);
            }
            if let __rp::Some(__part) = &self.external {
                __rp::Part::add_to(__part, "external_id", &mut __form);
            }
            __form.into_body().map(__rp::Some)
        }
        fn decode_error(
            __status: __rp::http::StatusCode,
            __body: &__rp::Bytes,
        ) -> __rp::Option<::std::boxed::Box<dyn __rp::ErrorBody>> {
            match __status.as_u16() {
                413 => __rp::decode_error_body::<TooLarge>(__body),
                500..=599 => __rp::decode_error_body::<Unavailable>(__body),
                _ => __rp::decode_error_body::<ApiError>(__body),
            }
        }
    }
    __rp::methods!(
        [] [ImportUsers] [] '__restpoint_c, pub,
        ::restpoint::__private::serde_json::Value,
        " Sends `POST /api/v2/jobs/users-imports` with `client` and decodes the answer. The request is built at\n once; the future borrows only `client`."
    );
};
