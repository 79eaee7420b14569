async fn call(token: &str) -> Result<(), restpoint::Error> {
let client = restpoint::Client::builder(restpoint_auth0::base_url("TENANT.eu.auth0.com")).bearer_auth(token).build()?;
let user = restpoint_auth0::users::GetUsersById { id: "auth0|63d17c6a9d503d76c056c177".into(), ..Default::default() };
let user = user.send(&client).await?; // a `restpoint_auth0::models::GetUsers200ResponseOneOfInner`
    let _: restpoint_auth0::models::GetUsers200ResponseOneOfInner = user;
    Ok(())
}
