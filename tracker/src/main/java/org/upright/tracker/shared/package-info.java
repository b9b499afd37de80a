/** What every tracker feature needs: a member's calendar and the validation error type. */
package org.upright.tracker.shared;
