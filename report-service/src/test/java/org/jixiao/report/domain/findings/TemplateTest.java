package org.jixiao.report.domain.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void formatsMoneyPercentsCountsAndLists() {
        Template template = Template.parse(
                "全年支出${all:万元}，决算${final:万元}，调整率${rate:%}，共${n}个项目：${names}；差${gap}分。");
        String text = template.render(Map.of(
                "all", new BigDecimal("9940700.00"), "final", new BigDecimal("6679200.00"),
                "rate", new BigDecimal("20.9"), "n", 2, "names", List.of("秸秆禁烧经费", "武装工作经费"),
                "gap", new BigDecimal("3.456")));
        assertEquals("全年支出994.07万元，决算667.92万元，调整率20.90%，共2个项目：秸秆禁烧经费、武装工作经费；差3.46分。", text);
    }

    @Test
    void missingFactsShowADash() {
        assertEquals("率为—。", Template.parse("率为${rate:%}。").render(Map.of()));
    }

    @Test
    void substitutedTextIsNeverReinterpreted() {
        assertEquals("x${y}", Template.parse("x${a}").render(Map.of("a", "${y}", "y", "boom")));
    }

    @Test
    void malformedPlaceholdersAreSyntaxErrors() {
        assertEquals(3, assertThrows(RuleSyntaxException.class, () -> Template.parse("abc${open")).position());
        assertThrows(RuleSyntaxException.class, () -> Template.parse("${java.lang.Runtime}"));
        assertThrows(RuleSyntaxException.class, () -> Template.parse("${a:exec}"));
        assertThrows(RuleSyntaxException.class, () -> Template.parse("${}"));
    }
}
