package org.jixiao.budget.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three items of 三公经费 ({@code threePublicExpenses} in GLOSSARY.md), each with its own budget and actual. */
@Schema(name = "ThreePublicItemKind", description = "OVERSEAS_TRAVEL 因公出国(境), OFFICIAL_VEHICLES "
        + "公务用车购置及运行, OFFICIAL_RECEPTION 公务接待")
public enum ThreePublicItem {
    OVERSEAS_TRAVEL("因公出国(境)"),
    OFFICIAL_VEHICLES("公务用车购置及运行"),
    OFFICIAL_RECEPTION("公务接待");

    private final String label;

    ThreePublicItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
