package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.pledge.ItemComment;
import org.pledgetrack.ui.components.HumanDates;

/** The item's comments, oldest first, shown as plain text; fires {@link AddCommentEvent}. */
class CommentThread extends Div {

    final TextArea newComment = new TextArea("New comment");

    CommentThread(List<ItemComment> comments, boolean canComment, Clock clock) {
        addClassName("comment-thread");
        if (comments.isEmpty()) {
            add(new Paragraph(canComment ? "No comments yet. Ask a question or add context below."
                    : "No comments yet."));
        }
        comments.forEach(comment -> add(entry(comment, clock)));
        if (canComment) {
            newComment.setWidthFull();
            newComment.setMaxLength(4000);
            Button add = new Button("Add comment", click -> fireEvent(new AddCommentEvent(this, newComment.getValue())));
            add(newComment, add);
        }
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
