/** Asks once for the name others see in presence and in the history (kept in this browser). */
import { useId, useState } from 'react';
import { INPUT, Modal, PRIMARY } from '../ui/Modal';
import { useCollab } from './collab-store';
import { displayNameError, NAME_MAX, readDisplayName } from './display-name';
import { setDisplayName } from './handle';

export function NameDialog() {
  const open = useCollab((s) => s.askName && s.shared !== null && s.failure === null);
  return open ? <NameForm /> : null;
}

function NameForm() {
  const [name, setName] = useState(() => readDisplayName() ?? '');
  const [touched, setTouched] = useState(false);
  const error = displayNameError(name);
  const id = useId();
  const submit = () => {
    setTouched(true);
    if (!error) setDisplayName(name);
  };
  return (
    <Modal
      open
      required={readDisplayName() === null}
      onClose={() => useCollab.setState({ askName: false })}
      title="Your name in this shared diagram"
      testId="name-dialog"
      footer={
        <button type="button" className={PRIMARY} onClick={submit}>
          Continue
        </button>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={id} className="mb-1 block font-medium text-slate-800">
          Display name
        </label>
        <input
          id={id}
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to ask for this one field
          autoFocus
          className={INPUT}
          value={name}
          maxLength={NAME_MAX}
          aria-invalid={touched && error ? true : undefined}
          aria-describedby={`${id}-help`}
          onChange={(e) => setName(e.target.value)}
        />
        <p
          id={`${id}-help`}
          className={`mt-1 text-xs ${touched && error ? 'text-red-700 dark:text-red-300' : 'text-slate-500'}`}
        >
          {touched && error
            ? error
            : 'Others see it next to your pointer and selection, and the history records it. It is kept in this browser.'}
        </p>
      </form>
    </Modal>
  );
}
