//! Tests of `core/src/timeline/items.rs`: what a cluster says of itself.

use pakkaz_core::model::category::MAX_CATEGORIES;
use pakkaz_core::model::Date;
use pakkaz_core::timeline::items::Cluster;

fn cluster(from: &str, to_inclusive: &str) -> Cluster {
    Cluster {
        count: 3,
        by_category: [0; MAX_CATEGORIES],
        start_day: Date::parse(from).unwrap().start_day(),
        end_day: Date::parse(to_inclusive).unwrap().end_day(),
    }
}

#[test]
fn a_cluster_names_the_months_its_days_fall_in() {
    let (first, last) = cluster("2011-03-17", "2012-01-02").months().unwrap();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("2011-03".into(), "2012-01".into())
    );
    let (first, last) = cluster("2011-03-01", "2011-03-31").months().unwrap();
    assert_eq!(first, last);
}
