//! Tests of `core/src/timeline/items.rs`: what a cluster says of itself.

use pakkaz_core::model::category::MAX_CATEGORIES;
use pakkaz_core::model::Date;
use pakkaz_core::timeline::items::Cluster;

fn cluster(from: &str, to_inclusive: &str) -> Cluster {
    Cluster {
        count: 3,
        by_category: [0; MAX_CATEGORIES],
        start: Date::parse(from).unwrap().start(),
        end: Date::parse(to_inclusive).unwrap().end(),
    }
}

#[test]
fn a_cluster_names_the_periods_its_members_fall_in() {
    let (first, last) = cluster("2011-03-17", "2012-01-02").period();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("2011-03".into(), "2012-01".into())
    );
    let (first, last) = cluster("2011-03-01", "2011-03-31").period();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("2011-03-01".into(), "2011-03-31".into())
    );
    let (first, last) = cluster("2022-01-27T14:30", "2022-01-27T16:05").period();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("2022-01-27T14:30".into(), "2022-01-27T16:05".into())
    );
    let (first, last) = cluster("-66000000", "-65000000").period();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("-66000000".into(), "-65000000".into())
    );
}
