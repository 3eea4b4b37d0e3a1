package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.pledge.ItemComment;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.SingleText;

/**
 * The item's comments, oldest first, shown as plain text; fires {@link AddCommentEvent} once the
 * new comment passes core's rules, which the field shows beside itself otherwise.
 */
class CommentThread extends Div {

    final TextArea newComment = new TextArea("New comment");
    final Button add = new Button("Add comment");
    private final Binder<SingleText> binder = new Binder<>();

    CommentThread(List<ItemComment> comments, boolean canComment, Clock clock) {
        addClassName("comment-thread");
        if (comments.isEmpty()) {
            add(new Paragraph(canComment ? "No comments yet. Ask a question or add context below."
                    : "No comments yet."));
        }
        comments.forEach(comment -> add(entry(comment, clock)));
        if (canComment) {
            newComment.setWidthFull();
            newComment.setMaxLength(PledgeItemService.MAX_TEXT);
            binder.forField(newComment).withValidator(FieldRules.required(PledgeItemService.COMMENT_MISSING))
                    .withValidator(FieldRules.atMost(PledgeItemService.MAX_TEXT, "The comment"))
                    .bind(SingleText::get, SingleText::set);
            binder.setBean(new SingleText());
            add.setDisableOnClick(true);
            add.addClickListener(click -> {
                if (binder.validate().isOk()) {
                    fireEvent(new AddCommentEvent(this, newComment.getValue()));
                } else {
                    add.setEnabled(true);
                }
            });
            add(newComment, add);
        }
    }

    /** Shows the offer to restore a draft just above the new-comment field. */
    void placeDraftOffer(Component offer) {
        addComponentAtIndex(indexOf(newComment), offer);
    }

    /** After core refused the comment: the text stays, the button works again. */
    void refused() {
        add.setEnabled(true);
    }

    private static Div entry(ItemComment comment, Clock clock) {
        Span author = new Span(comment.authorName() == null ? "Former user" : comment.authorName());
        author.addClassName("comment-author");
        Span kind = new Span(comment.kind().label());
        kind.getElement().getThemeList().add(comment.kind() == ItemComment.Kind.COMMENT ? "badge contrast" : "badge error");
        Div meta = new Div(author, kind, HumanDates.relativeSpan(comment.createdAt(), clock));
        meta.addClassName("comment-meta");
        if (!comment.resolved()) {
            Span open = new Span("open");
            open.addClassName("comment-open");
            meta.add(open);
        }
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        Div entry = new Div(meta, body);
        entry.addClassName("comment");
        return entry;
    }

    static class AddCommentEvent extends ComponentEvent<CommentThread> {
        final String body;

        AddCommentEvent(CommentThread source, String body) {
            super(source, false);
            this.body = body;
        }
    }

    Registration addCommentListener(ComponentEventListener<AddCommentEvent> listener) {
        return addListener(AddCommentEvent.class, listener);
    }
}
