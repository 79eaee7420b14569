use restpoint::endpoint;

// A cap limits offset paging only; checkpoints have none.
#[derive(serde::Deserialize, restpoint::Page)]
struct OrganizationsPage {
    #[page(items)]
    organizations: Vec<serde_json::Value>,
    #[page(next)]
    next: Option<String>,
}

#[endpoint(GET, "/api/v2/organizations", response = OrganizationsPage, paginate = checkpoint(from, take, cap = 1000))]
struct ListOrganizations {
    #[query]
    from: Option<String>,
    #[query]
    take: u32,
}

fn main() {}
