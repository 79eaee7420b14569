// `#[endpoint(GET, "/api/v2/users", response = Vec<User>, paginate = offset(page, per_page, cap = 1000))]`, expanded: see `macros/src/snapshots.rs`.

pub struct ListUsers {
    pub page: Option<u32>,
    pub per_page: Option<u32>,
    pub q: Option<String>,
}
const _: () = {
    use ::restpoint::__private as __rp;
    #[automatically_derived]
    impl __rp::page::Paginated for ListUsers {
        const STYLE: __rp::page::Style = __rp::page::Style::PageNumber;
        const CAP: __rp::Option<u64> = __rp::Some(1000);
        fn fields(&mut self) -> __rp::page::PageFields<'_> {
            __rp::page::PageFields {
                position: __rp::Some(__rp::page::Position::Number(&mut self.page)),
                size: __rp::Some(&self.per_page),
            }
        }
    }
    impl ListUsers {
        /// The pages of the list, one request each, as a stream: each page with
        /// its status and headers, until the server says the list ended.
        #[inline]
        pub fn pages(self, client: &__rp::Client) -> __rp::page::Pages<'_, Self> {
            __rp::page::Pages::new(client, self)
        }
        /// Every item of every page, as a stream.
        #[inline]
        pub fn items(self, client: &__rp::Client) -> __rp::page::Items<'_, Self> {
            __rp::page::Items::new(client, self)
        }
        /// The pages of the list, one request each, as an iterator for `client`.
        #[inline]
        pub fn pages_blocking(
            self,
            client: &__rp::BlockingClient,
        ) -> __rp::page::BlockingPages<Self> {
            __rp::page::BlockingPages::new(client, self)
        }
        /// Every item of every page, as an iterator for `client`.
        #[inline]
        pub fn items_blocking(
            self,
            client: &__rp::BlockingClient,
        ) -> __rp::page::BlockingItems<Self> {
            __rp::page::BlockingItems::new(client, self)
        }
    }
    #[automatically_derived]
    impl __rp::Endpoint for ListUsers {
        type Response = Vec<User>;
        type Format = __rp::Json;
        const METHOD: __rp::Method = __rp::Method::GET;
        const PATH_TEMPLATE: &'static str = "/api/v2/users";
        fn write_path(&self, __path: &mut __rp::PathWriter<'_>) -> __rp::Result {
            __path.push_literal("/api/v2/users");
            __rp::Ok(())
        }
        fn write_query(&self, __query: &mut __rp::QueryWriter<'_>) -> __rp::Result {
            __query.append(&__rp::MembersOf::<_, { __rp::QUERY }>(self))
        }
    }
    impl __rp::Members<{ __rp::QUERY }> for ListUsers {
        const LEN: usize = 3usize;
        fn write<__S: __rp::SerializeStruct>(
            &self,
            __fields: &mut __rp::Fields<'_, __S>,
        ) -> __rp::Result<(), __S::Error> {
            __fields.query("page", &self.page)?;
            __fields.query("per_page", &self.per_page)?;
            __fields.query("q", &self.q)?;
            __rp::Ok(())
        }
    }
    __rp::methods!(
        [] [ListUsers] [] '__restpoint_c, pub, Vec < User >,
        " Sends `GET /api/v2/users` with `client` and decodes the answer. The request is built at\n once; the future borrows only `client`."
    );
};
