// `default_size` fills the page size field when it is unset: there must be one.
use restpoint::{Page, endpoint};

#[derive(serde::Deserialize, Page)]
struct Organizations {
    #[page(items)]
    organizations: Vec<String>,
    #[page(next)]
    next: Option<String>,
}

#[endpoint(GET, "/organizations", response = Organizations, paginate = checkpoint(from, default_size = 50))]
struct ListOrganizations {
    #[query]
    from: Option<String>,
}

#[endpoint(GET, "/organizations", response = Organizations, paginate = checkpoint(from, take, default_size = take))]
struct ListOrganizationsNamed {
    #[query]
    from: Option<String>,
    #[query]
    take: Option<u32>,
}

fn main() {}
