//! Writing new content over a file the user may have written by hand.
//!
//! The new content (the model in the spec's layout, unknown keys included) is merged into
//! the parsed original: values that did not change keep their exact text, comments and
//! spacing; changed values take the new value but keep the comments around them; keys the
//! new content no longer has are removed; new keys and tables are appended to their table.
//! The result is therefore the original, byte for byte, when nothing changed.

use toml_edit::{Array, DocumentMut, Item, Table, TableLike, Value};

/// `fresh` written over `original`. When `original` is not TOML (or `fresh` is not, which
/// never happens for what icp-tui writes) the fresh text is returned as it is.
pub fn write_over(original: &str, fresh: &str) -> String {
    let (Ok(mut doc), Ok(new)) = (
        original.parse::<DocumentMut>(),
        fresh.parse::<DocumentMut>(),
    ) else {
        return fresh.to_string();
    };
    merge_table(doc.as_table_mut(), new.as_table());
    doc.to_string()
}

fn merge_table(original: &mut dyn TableLike, fresh: &dyn TableLike) {
    let gone: Vec<String> = original
        .iter()
        .filter(|(key, item)| !fresh.contains_key(key) && !is_empty(item))
        .map(|(key, _)| key.to_string())
        .collect();
    for key in gone {
        original.remove(&key);
    }
    for (key, item) in fresh.iter() {
        match original.get_mut(key) {
            Some(existing) => merge_item(existing, item),
            // An empty table the model writes by default (`[access]`) is not worth adding.
            None if is_empty(item) => {}
            None => {
                original.insert(key, detached(item));
            }
        }
    }
}

fn merge_item(original: &mut Item, fresh: &Item) {
    match (original, fresh) {
        (Item::Value(o), Item::Value(f)) => merge_value(o, f),
        (Item::ArrayOfTables(o), Item::ArrayOfTables(f)) => {
            while o.len() > f.len() {
                o.remove(o.len() - 1);
            }
            for (i, table) in f.iter().enumerate() {
                match o.get_mut(i) {
                    Some(existing) => merge_table(existing, table),
                    None => o.push(detached_table(table)),
                }
            }
        }
        // `websites = [{ … }]` written inline by the user: keep it inline.
        (Item::Value(Value::Array(o)), Item::ArrayOfTables(f)) => {
            merge_array(o, &f.clone().into_array());
        }
        (o, f) if o.is_table_like() && f.is_table_like() => {
            if let (Some(o), Some(f)) = (o.as_table_like_mut(), f.as_table_like()) {
                merge_table(o, f);
            }
        }
        (o, f) => *o = detached(f),
    }
}

fn merge_value(original: &mut Value, fresh: &Value) {
    match (original, fresh) {
        (Value::InlineTable(o), Value::InlineTable(f)) => merge_table(o, f),
        (Value::Array(o), Value::Array(f)) => merge_array(o, f),
        (o, f) if same(o, f) => {}
        (o, f) => {
            let decor = o.decor().clone();
            *o = f.clone();
            *o.decor_mut() = decor;
        }
    }
}

fn merge_array(original: &mut Array, fresh: &Array) {
    if original.len() == fresh.len() && original.iter().zip(fresh.iter()).all(|(a, b)| same(a, b)) {
        return;
    }
    while original.len() > fresh.len() {
        original.remove(original.len() - 1);
    }
    for (i, value) in fresh.iter().enumerate() {
        match original.get_mut(i) {
            Some(existing) => merge_value(existing, value),
            None => original.push_formatted(value.clone()),
        }
    }
}

/// Equal as TOML data, whatever the quoting, spacing or comments.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value().to_bits() == b.value().to_bits(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same(a, b))
        }
        (Value::InlineTable(a), Value::InlineTable(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

/// An empty table or array: the model leaves those out, the user may write them
/// (`pre_approvals = []`); neither is worth a change.
fn is_empty(item: &Item) -> bool {
    item.as_array().is_some_and(Array::is_empty)
        || item
            .as_table_like()
            .is_some_and(|t| t.iter().all(|(_, child)| is_empty(child)))
}

/// A copy of `item` without its position in the fresh document, so that it is written
/// right after what precedes it in the original.
fn detached(item: &Item) -> Item {
    let mut item = item.clone();
    clear_positions(&mut item);
    item
}

fn detached_table(table: &Table) -> Table {
    let mut table = table.clone();
    table.set_position(None);
    for (_, child) in table.iter_mut() {
        clear_positions(child);
    }
    table
}

fn clear_positions(item: &mut Item) {
    match item {
        Item::Table(t) => {
            t.set_position(None);
            for (_, child) in t.iter_mut() {
                clear_positions(child);
            }
        }
        Item::ArrayOfTables(a) => {
            for t in a.iter_mut() {
                t.set_position(None);
                for (_, child) in t.iter_mut() {
                    clear_positions(child);
                }
            }
        }
        Item::Value(_) | Item::None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_changed_is_byte_for_byte() {
        let original = "# mine\na = 1   # one\n\n[t]  # table\nb = 'x'\nd = 2026-01-02\n";
        let fresh = "a = 1\n\n[t]\nb = \"x\"\nd = 2026-01-02\n";
        assert_eq!(write_over(original, fresh), original);
    }

    #[test]
    fn a_changed_value_keeps_its_comment_and_the_rest() {
        let original = "# mine\na = 1   # one\nz = 'kept'\n";
        let fresh = "a = 2\nz = \"kept\"\n";
        assert_eq!(
            write_over(original, fresh),
            "# mine\na = 2   # one\nz = 'kept'\n"
        );
    }

    #[test]
    fn removed_keys_go_and_new_ones_come_after_the_rest() {
        let original = "a = 1 # one\nb = 2 # two\n\n[t]\nx = 1\n";
        let fresh = "a = 1\nc = 3\n\n[t]\nx = 1\n\n[u]\ny = 2\n";
        assert_eq!(
            write_over(original, fresh),
            "a = 1 # one\nc = 3\n\n[t]\nx = 1\n\n[u]\ny = 2\n"
        );
    }

    #[test]
    fn array_of_tables_shrinks_and_grows_in_place() {
        let original = "[[w]]  # first\nn = 'a'\n\n[[w]]  # second\nn = 'b'\n";
        let fresh = "[[w]]\nn = \"a\"\n";
        assert_eq!(write_over(original, fresh), "[[w]]  # first\nn = 'a'\n");
        let fresh = "[[w]]\nn = \"a\"\n\n[[w]]\nn = \"b\"\n\n[[w]]\nn = \"c\"\n";
        let grown = write_over(original, fresh);
        assert!(grown.starts_with(original), "{grown}");
        assert!(grown.ends_with("[[w]]\nn = \"c\"\n"), "{grown}");
    }

    #[test]
    fn inline_tables_stay_inline() {
        let original = "leader = { name = 'a', mobile = '1' }\n";
        let fresh = "[leader]\nname = \"b\"\nmobile = \"1\"\n";
        assert_eq!(
            write_over(original, fresh),
            "leader = { name = \"b\", mobile = '1' }\n"
        );
    }

    #[test]
    fn an_empty_table_or_array_is_neither_added_nor_removed() {
        let original = "a = 1\nlist = []\n\n[kept]\n";
        let fresh = "a = 1\n\n[access]\n";
        assert_eq!(write_over(original, fresh), original);
    }

    #[test]
    fn an_original_that_is_not_toml_is_replaced() {
        assert_eq!(write_over("a = ", "a = 1\n"), "a = 1\n");
    }
}
