package org.upright.portal.content;

import org.junit.jupiter.api.Test;
import org.upright.content.article.ArticleCategory;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The content keys the code makes from enum names (which HardCodedTextTest cannot see) all exist. */
class ContentWordingTest {

    @Test
    void keysMadeFromContentEnumNamesExist() {
        List<String> keys = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            for (String prefix : List.of("content.editor.new.", "content.editor.edit.", "content.editor.no-such.",
                    "content.editor.missing.", "content.conflict.", "content.not-found.", "content.kind.")) {
                keys.add(prefix + kind.name());
            }
        }
        for (ContentStatus status : ContentStatus.values()) {
            keys.addAll(List.of("content.status." + status.name(), "content.status.already." + status.name(),
                    "content.schedule-editor.status." + status.name()));
        }
        for (ArticleCategory category : ArticleCategory.values()) {
            keys.add("content.category." + category.name());
        }
        for (Difficulty difficulty : Difficulty.values()) {
            keys.add("content.difficulty." + difficulty.name());
        }
        for (Equipment equipment : Equipment.values()) {
            keys.add("content.equipment." + equipment.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(Wording.has(key)).as(key).isTrue());
    }

    @Test
    void labelsReadInTheRequestedLanguage() {
        assertThat(Wording.text(Language.ENGLISH, "content.difficulty." + Difficulty.BEGINNER.name())).isEqualTo("Beginner");
        assertThat(Wording.text(Language.GERMAN, "content.equipment." + Equipment.WALL.name())).isEqualTo("Eine Wand");
        assertThat(Wording.text(Language.GERMAN, "content.routine.used-by", 2, "A, B"))
                .isEqualTo("Wird von den veröffentlichten Programmen A, B verwendet: Entfernen Sie die Übungsfolge zuerst aus diesen");
        assertThat(Wording.text(Language.ENGLISH, "content.routine.used-by", 1, "A"))
                .isEqualTo("Used by the published program A: remove it from it first");
    }
}
