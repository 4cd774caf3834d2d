//! Chinese numerals as the plan writes them (第三章, 七个专栏), one to ten.

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// `第三章` → 3, given the unit character.
pub fn numeral(heading: &str, unit: char) -> Option<u8> {
    let inner = heading.strip_prefix('第')?.strip_suffix(unit)?;
    NUMERALS
        .iter()
        .position(|n| *n == inner)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// 3 → `三`, 31 → `三十一`; a count beyond 99 in digits.
pub fn chinese(n: usize) -> String {
    let digit = |d: usize| NUMERALS.get(d.wrapping_sub(1)).copied().unwrap_or("");
    match n {
        1..=10 => digit(n).to_string(),
        11..=19 => format!("十{}", digit(n % 10)),
        20..=99 => format!("{}十{}", digit(n / 10), digit(n % 10)),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_as_the_plan_writes_them() {
        assert_eq!(chinese(5), "五");
        assert_eq!(chinese(7), "七");
        assert_eq!(chinese(10), "十");
        assert_eq!(chinese(12), "十二");
        assert_eq!(chinese(31), "三十一");
        assert_eq!(chinese(40), "四十");
        assert_eq!(chinese(120), "120");
        assert_eq!(numeral("第七章", '章'), Some(7));
        assert_eq!(numeral("第十一章", '章'), None);
    }
}
